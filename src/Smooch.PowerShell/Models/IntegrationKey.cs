using System.Management.Automation;

namespace Smooch.PowerShell.Models;

/// <summary>A v2 custom integration API key; <see cref="Secret"/> is set only on the object New-SmoochIntegrationKey emits.</summary>
[SmoochTypeName("Smooch.IntegrationKey")]
public class IntegrationKey
{
    public string AppId { get; set; } = string.Empty;

    public string IntegrationId { get; set; } = string.Empty;

    public string KeyId { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    /// <summary>SecureString, or string with -AsPlainText; null except right after creation.</summary>
    [Hidden]
    [NotInJson]
    public object? Secret { get; set; }
}
