using System;
using Smooch.Client.Authentication;
using Smooch.Client.Http;

namespace Smooch.Client;

/// <summary>
/// A connection to one API with one set of credentials. Owns one HTTP client (<c>Http/RestTransport</c>) that every call reuses; safe for
/// concurrent calls. Disposing it disposes the authenticator (and the secrets it holds).
/// </summary>
public sealed class SmoochSession : IDisposable
{
    private readonly RequestSender _sender;

    /// <summary>Validates <paramref name="options"/> and makes the session; sends nothing until the first call.</summary>
    public SmoochSession(SmoochSessionOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        SmoochAuthenticator authenticator = options.Authenticator
            ?? throw new ArgumentException("Authenticator is required.", nameof(SmoochSessionOptions.Authenticator));
        Uri candidate = options.BaseAddress ?? (authenticator.Api == SmoochApi.Organization ? SmoochEndpoints.Organization : SmoochEndpoints.UnitedStates);
        BaseAddress = SmoochEndpoints.Validate(candidate, nameof(SmoochSessionOptions.BaseAddress));
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(SmoochSessionOptions.Timeout), options.Timeout, "Timeout must be greater than zero and at most one hour.");
        }
        if (options.TotalTimeout.HasValue && (options.TotalTimeout.Value <= TimeSpan.Zero || options.TotalTimeout.Value > TimeSpan.FromHours(1)))
        {
            throw new ArgumentOutOfRangeException(nameof(SmoochSessionOptions.TotalTimeout), options.TotalTimeout, "TotalTimeout must be greater than zero and at most one hour.");
        }
        RetryOptions retry = (options.Retry ?? new RetryOptions()).Clone();
        retry.Validate(nameof(SmoochSessionOptions.Retry));
        Authenticator = authenticator;
        UserAgentText = UserAgent.Build(options.HostDescription);

        _sender = new RequestSender(new RestTransport(options, BaseAddress, UserAgentText), authenticator, new RetryPolicy(retry), options.Timeout, options.Log)
        {
            TotalTimeout = options.TotalTimeout,
        };

        ServiceAccounts = new ServiceAccountsClient(_sender);
        AppKeys = new AppKeysClient(_sender);
        IntegrationKeys = new IntegrationKeysClient(_sender);
        Apps = new AppsClient(_sender);
        Organization = new OrganizationClient(_sender);
    }

    /// <summary>The options the session was made with.</summary>
    public SmoochSessionOptions Options { get; }

    /// <summary>The validated base address every request is relative to (ends with '/').</summary>
    public Uri BaseAddress { get; }

    /// <summary>The API the session is connected to, from its authenticator; a call of the other API is refused before sending.</summary>
    public SmoochApi Api => Authenticator.Api;

    /// <summary>"Basic", "Jwt", "Bearer" or "ClientCredentials".</summary>
    public string AuthMode => Authenticator.AuthMode;

    /// <summary>Key id or client id; never the secret.</summary>
    public string? KeyId => Authenticator.KeyId;

    /// <summary>The User-Agent sent with every request.</summary>
    public string UserAgentText { get; }

    /// <summary>v1.1 service accounts, their keys, and server-issued JWTs.</summary>
    public ServiceAccountsClient ServiceAccounts { get; }

    /// <summary>v2 app keys.</summary>
    public AppKeysClient AppKeys { get; }

    /// <summary>v2 custom integration keys.</summary>
    public IntegrationKeysClient IntegrationKeys { get; }

    /// <summary>v2 apps and integrations (parents of keys; for completion and discovery).</summary>
    public AppsClient Apps { get; }

    /// <summary>Organization service accounts and credentials.</summary>
    public OrganizationClient Organization { get; }

    internal SmoochAuthenticator Authenticator { get; }

    /// <summary>The token endpoint through this session's pipeline (for a credential check's fresh exchange).</summary>
    internal ITokenExchange TokenExchange => _sender;

    /// <summary>Closes the HTTP client and disposes the authenticator and its secrets.</summary>
    public void Dispose()
    {
        _sender.Dispose();
        Authenticator.Dispose();
    }

    /// <summary>The API, base address and auth mode; never a secret.</summary>
    public override string ToString()
    {
        return $"Smooch session {Api} {BaseAddress} ({Authenticator})";
    }
}
