namespace Smooch.Client.Models
{
    /// <summary>A Sunshine Conversations v1.1 service account.</summary>
    public class ServiceAccount
    {
        public string ServiceAccountId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public override string ToString() => $"ServiceAccount {ServiceAccountId} ({Name})";
    }
}
