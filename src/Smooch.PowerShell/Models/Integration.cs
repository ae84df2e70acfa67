namespace Smooch.PowerShell.Models;

/// <summary>A v2 integration of an app; only Type custom can have keys. Pipes to the integration key cmdlets by AppId and IntegrationId.</summary>
[SmoochTypeName("Smooch.Integration")]
public class Integration
{
    public string AppId { get; set; } = string.Empty;

    public string IntegrationId { get; set; } = string.Empty;

    public string? Type { get; set; }

    public string? Status { get; set; }

    public string? DisplayName { get; set; }
}
