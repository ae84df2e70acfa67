namespace Smooch.Client.Models;

/// <summary>A v2 integration of an app; only type "custom" can have API keys.</summary>
public sealed class Integration
{
    /// <summary>The id of the app the integration belongs to.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The integration's id.</summary>
    public string IntegrationId { get; set; } = string.Empty;

    /// <summary>The integration type, such as "custom" or "web".</summary>
    public string? Type { get; set; }

    /// <summary>active, inactive or error, as the API reports it.</summary>
    public string? Status { get; set; }

    /// <summary>The integration's display name, when it has one.</summary>
    public string? DisplayName { get; set; }

    /// <summary>"Integration id (type)", for logs and debugging.</summary>
    public override string ToString() => $"Integration {IntegrationId} ({Type})";
}
