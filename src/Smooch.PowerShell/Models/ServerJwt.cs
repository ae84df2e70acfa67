using System.Management.Automation;

namespace Smooch.PowerShell.Models;

/// <summary>A JWT issued by the server for a service-account key (Get-SmoochServiceAccountJwt).</summary>
[SmoochTypeName("Smooch.ServerJwt")]
public class ServerJwt
{
    public string ServiceAccountId { get; set; } = string.Empty;

    public string KeyId { get; set; } = string.Empty;

    /// <summary>SecureString, or string with -AsPlainText.</summary>
    [Hidden]
    [NotInJson]
    public object? Token { get; set; }
}
