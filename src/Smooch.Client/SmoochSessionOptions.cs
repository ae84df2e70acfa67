using System;
using System.Net;
using Smooch.Client.Authentication;

namespace Smooch.Client
{
    /// <summary>Everything a session needs; validated when the session is created.</summary>
    public sealed class SmoochSessionOptions
    {
        /// <summary>Base address: https, or http only to loopback. Defaults to US Sunshine or the organization API, by authenticator.</summary>
        public Uri? BaseAddress { get; set; }

        public SmoochAuthenticator? Authenticator { get; set; }

        /// <summary>Timeout of each HTTP attempt. Default 100 s.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        public RetryOptions Retry { get; set; } = new RetryOptions();

        /// <summary>Explicit proxy (with its Credentials); null = the system proxy.</summary>
        public IWebProxy? Proxy { get; set; }

        /// <summary>Host named in the User-Agent, e.g. "PowerShell Core/7.4.6".</summary>
        public string? HostDescription { get; set; }

        /// <summary>Receives one redacted entry per HTTP attempt.</summary>
        public ISmoochRequestLog? Log { get; set; }
    }
}
