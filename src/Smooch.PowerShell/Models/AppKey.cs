using System.Management.Automation;

namespace Smooch.PowerShell.Models;

/// <summary>A v2 app key; <see cref="Secret"/> is set only on the object New-SmoochAppKey emits.</summary>
[SmoochTypeName("Smooch.AppKey")]
public class AppKey
{
    public string AppId { get; set; } = string.Empty;

    public string KeyId { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    /// <summary>SecureString, or string with -AsPlainText; null except right after creation.</summary>
    [Hidden]
    [NotInJson]
    public object? Secret { get; set; }
}
