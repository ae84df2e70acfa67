namespace Smooch.Client.Models
{
    /// <summary>A secret key of a v1.1 service account; list and get never expose the secret.</summary>
    public class ServiceAccountKey
    {
        public string ServiceAccountId { get; set; } = string.Empty;

        public string KeyId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public override string ToString() => $"ServiceAccountKey {KeyId} ({Name})";
    }
}
