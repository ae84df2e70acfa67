using System;
using System.Net;
using System.Security;

namespace Smooch.PowerShell.Common;

/// <summary>What Connect-Smooch was given, before it is turned into session options.</summary>
internal sealed class ConnectionRequest
{
    public string? KeyId { get; set; }

    public SecureString? Secret { get; set; }

    public string AuthMode { get; set; } = "Basic";

    public SecureString? AccessToken { get; set; }

    public Smooch.Client.SmoochApi AccessTokenApi { get; set; } = Smooch.Client.SmoochApi.Sunshine;

    public string? ClientId { get; set; }

    public SecureString? ClientSecret { get; set; }

    public string? Region { get; set; }

    public string? Subdomain { get; set; }

    public Uri? BaseUri { get; set; }

    public int? TimeoutSec { get; set; }

    public int? MaxRetries { get; set; }

    public Uri? Proxy { get; set; }

    public NetworkCredential? ProxyCredential { get; set; }

    public string? HostDescription { get; set; }

    /// <summary>True when no credential parameter was given: the SMOOCH_* environment variables supply them.</summary>
    public bool FromEnvironment { get; set; }
}
