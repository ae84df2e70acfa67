namespace Smooch.Client.Models
{
    /// <summary>A v2 integration of an app; only type "custom" can have API keys.</summary>
    public sealed class Integration
    {
        public string AppId { get; set; } = string.Empty;

        public string IntegrationId { get; set; } = string.Empty;

        public string? Type { get; set; }

        /// <summary>active, inactive or error, as the API reports it.</summary>
        public string? Status { get; set; }

        public string? DisplayName { get; set; }

        public override string ToString() => $"Integration {IntegrationId} ({Type})";
    }
}
