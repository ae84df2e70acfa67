using System.Management.Automation;

namespace Smooch.PowerShell.Models;

/// <summary>A v1.1 service-account secret key; <see cref="Secret"/> is set only on the object New-SmoochServiceAccountKey emits.</summary>
[SmoochTypeName("Smooch.ServiceAccountKey")]
public class ServiceAccountKey
{
    public string ServiceAccountId { get; set; } = string.Empty;

    public string KeyId { get; set; } = string.Empty;

    public string? Name { get; set; }

    /// <summary>SecureString, or string with -AsPlainText; null except right after creation.</summary>
    [Hidden]
    [NotInJson]
    public object? Secret { get; set; }
}
