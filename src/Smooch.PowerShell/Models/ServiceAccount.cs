namespace Smooch.PowerShell.Models;

/// <summary>A v1.1 service account.</summary>
[SmoochTypeName("Smooch.ServiceAccount")]
public class ServiceAccount
{
    public string ServiceAccountId { get; set; } = string.Empty;

    public string? Name { get; set; }
}
