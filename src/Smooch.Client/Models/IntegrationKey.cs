namespace Smooch.Client.Models
{
    /// <summary>A v2 custom integration API key (id int_...); list and get never expose the secret.</summary>
    public class IntegrationKey
    {
        public string AppId { get; set; } = string.Empty;

        public string IntegrationId { get; set; } = string.Empty;

        public string KeyId { get; set; } = string.Empty;

        public string? DisplayName { get; set; }

        public override string ToString() => $"IntegrationKey {KeyId} ({DisplayName})";
    }
}
