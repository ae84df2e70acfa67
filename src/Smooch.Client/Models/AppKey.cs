namespace Smooch.Client.Models
{
    /// <summary>A v2 app key (id app_...); list and get never expose the secret.</summary>
    public class AppKey
    {
        public string AppId { get; set; } = string.Empty;

        public string KeyId { get; set; } = string.Empty;

        public string? DisplayName { get; set; }

        public override string ToString() => $"AppKey {KeyId} ({DisplayName})";
    }
}
