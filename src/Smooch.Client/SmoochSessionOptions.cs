using System;
using System.Net;
using Smooch.Client.Authentication;

namespace Smooch.Client;

/// <summary>Everything a session needs; validated when the session is created.</summary>
public sealed class SmoochSessionOptions
{
    /// <summary>Base address: https, or http only to loopback. Defaults to US Sunshine or the organization API, by authenticator.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The credentials; required. The session takes ownership and disposes it.</summary>
    public SmoochAuthenticator? Authenticator { get; set; }

    /// <summary>Timeout of each HTTP attempt. Default 100 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Time limit of a whole call: every attempt, the waits between them (backoff, Retry-After, the session's
    /// rate-limit pause) and a token exchange made for it. Each attempt's timeout is cut to what is left, and no retry
    /// starts that could not begin in time. Null (the default) = no total: each attempt has <see cref="Timeout"/> and
    /// retries stop at <see cref="RetryOptions.TotalTimeCap"/>. A create is never repeated after it may have reached
    /// the server, whatever time is left.
    /// </summary>
    public TimeSpan? TotalTimeout { get; set; }

    /// <summary>How failed attempts are retried; the session keeps its own copy.</summary>
    public RetryOptions Retry { get; set; } = new RetryOptions();

    /// <summary>Explicit proxy (with its Credentials); null = the system proxy.</summary>
    public IWebProxy? Proxy { get; set; }

    /// <summary>Host named in the User-Agent, e.g. "PowerShell Core/7.4.6".</summary>
    public string? HostDescription { get; set; }

    /// <summary>Receives one redacted entry per HTTP attempt.</summary>
    public ISmoochRequestLog? Log { get; set; }

    /// <summary>A copy of these options with other credentials: the same address, timeouts, retries, proxy, host and log.</summary>
    public SmoochSessionOptions WithAuthenticator(SmoochAuthenticator authenticator)
    {
        var copy = (SmoochSessionOptions)MemberwiseClone();
        copy.Authenticator = authenticator ?? throw new ArgumentNullException(nameof(authenticator));
        return copy;
    }
}
