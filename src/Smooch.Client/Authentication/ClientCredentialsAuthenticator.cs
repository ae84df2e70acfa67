using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Authentication;

/// <summary>
/// Organization API: exchanges a service-account credential (client id + secret) for an access token at
/// POST /service-account-token on the session's base address, caches it, refreshes it shortly before expiry and
/// once when the API answers 401.
/// </summary>
public sealed class ClientCredentialsAuthenticator : SmoochAuthenticator
{
    private readonly SecureString _clientSecret;
    private readonly SemaphoreSlim _fetchGate = new SemaphoreSlim(1, 1);
    private readonly object _cacheGate = new object();
    private SecureString? _token;
    private DateTimeOffset _refreshAt;

    /// <summary>Keeps a read-only copy of <paramref name="clientSecret"/>; no token is requested until the first call.</summary>
    public ClientCredentialsAuthenticator(string clientId, SecureString clientSecret)
    {
        KeyId = BasicKeyAuthenticator.ValidateKeyId(clientId, nameof(clientId));
        _clientSecret = SecureStringText.ReadOnlyCopy(clientSecret, nameof(clientSecret));
    }

    /// <summary>Always Organization: client credentials are organization service-account credentials.</summary>
    public override SmoochApi Api => SmoochApi.Organization;

    /// <summary>"ClientCredentials".</summary>
    public override string AuthMode => "ClientCredentials";

    /// <summary>The credential's client id.</summary>
    public override string KeyId { get; }

    internal override async Task<string> GetAuthorizationAsync(ITokenExchange exchange, CancellationToken cancellationToken)
    {
        string? cached = TryGetCached();
        if (cached != null)
        {
            return cached;
        }
        await _fetchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cached = TryGetCached();
            if (cached != null)
            {
                return cached;
            }
            TokenGrant grant = await exchange.ExchangeClientCredentialsAsync(BasicCredentialHeader.Build(KeyId, _clientSecret), cancellationToken).ConfigureAwait(false);
            lock (_cacheGate)
            {
                _token?.Dispose();
                _token = grant.AccessToken;
                _refreshAt = Clock() + grant.Lifetime - JwtKeyAuthenticator.RefreshMargin(grant.Lifetime);
                return "Bearer " + SecureStringText.ToPlainText(_token);
            }
        }
        finally
        {
            _fetchGate.Release();
        }
    }

    /// <summary>Drops the cached token and exchanges the credential now, so a credential check reaches the token endpoint.</summary>
    internal async Task RenewTokenAsync(ITokenExchange exchange, CancellationToken cancellationToken)
    {
        lock (_cacheGate)
        {
            _token?.Dispose();
            _token = null;
        }
        await GetAuthorizationAsync(exchange, cancellationToken).ConfigureAwait(false);
    }

    internal override bool Invalidate(string rejectedAuthorization)
    {
        lock (_cacheGate)
        {
            if (_token != null && string.Equals("Bearer " + SecureStringText.ToPlainText(_token), rejectedAuthorization, StringComparison.Ordinal))
            {
                _token.Dispose();
                _token = null;
            }
        }
        return true;
    }

    private string? TryGetCached()
    {
        lock (_cacheGate)
        {
            if (_token != null && Clock() < _refreshAt)
            {
                return "Bearer " + SecureStringText.ToPlainText(_token);
            }
            return null;
        }
    }

    internal override void AddSecretsTo(Http.RedactionScope scope)
    {
        lock (_cacheGate)
        {
            scope.AddSecret(KeyId, _clientSecret);
            scope.AddSecret(null, _token);
        }
    }

    private protected override void Dispose(bool disposing)
    {
        lock (_cacheGate)
        {
            _clientSecret.Dispose();
            _token?.Dispose();
            _token = null;
        }
    }
}
