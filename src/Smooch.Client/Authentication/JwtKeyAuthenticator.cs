using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Authentication;

/// <summary>
/// Signs its own HS256 JWT with an API key and sends it as a bearer token. The token is cached; with a lifetime it
/// carries "exp" and is re-signed shortly before it expires.
/// </summary>
public sealed class JwtKeyAuthenticator : SmoochAuthenticator
{
    private readonly SecureString _secret;
    private readonly object _gate = new object();
    private SecureString? _token;
    private DateTimeOffset? _expiresAt;

    /// <summary>Keeps a read-only copy of <paramref name="secret"/>; the scope defaults to the one the key id's prefix implies.</summary>
    public JwtKeyAuthenticator(string keyId, SecureString secret, JwtScope? scope = null, TimeSpan? lifetime = null)
    {
        KeyId = BasicKeyAuthenticator.ValidateKeyId(keyId, nameof(keyId));
        _secret = SecureStringText.ReadOnlyCopy(secret, nameof(secret));
        Scope = scope ?? JwtSigner.InferScope(keyId);
        if (lifetime.HasValue && lifetime.Value < TimeSpan.FromSeconds(10))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "lifetime must be at least 10 seconds.");
        }
        Lifetime = lifetime;
    }

    /// <summary>Always Sunshine: the JWTs it signs are Sunshine Conversations tokens.</summary>
    public override SmoochApi Api => SmoochApi.Sunshine;

    /// <summary>"Jwt".</summary>
    public override string AuthMode => "Jwt";

    /// <summary>The id of the signing key, sent as the token's "kid".</summary>
    public override string KeyId { get; }

    /// <summary>The token's "scope" claim.</summary>
    public JwtScope Scope { get; }

    /// <summary>Lifetime of each signed token (its "exp"); null = tokens without "exp".</summary>
    public TimeSpan? Lifetime { get; }

    internal override Task<string> GetAuthorizationAsync(ITokenExchange exchange, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            DateTimeOffset now = Clock();
            if (_token == null || (_expiresAt.HasValue && now >= _expiresAt.Value - RefreshMargin(Lifetime!.Value)))
            {
                _token?.Dispose();
                _expiresAt = Lifetime.HasValue ? now + Lifetime.Value : (DateTimeOffset?)null;
                _token = SecureStringText.FromString(JwtSigner.Sign(KeyId, _secret, Scope, _expiresAt));
            }
            return Task.FromResult("Bearer " + SecureStringText.ToPlainText(_token));
        }
    }

    internal static TimeSpan RefreshMargin(TimeSpan lifetime)
    {
        TimeSpan tenth = TimeSpan.FromTicks(lifetime.Ticks / 10);
        return tenth < TimeSpan.FromSeconds(60) ? tenth : TimeSpan.FromSeconds(60);
    }

    internal override void AddSecretsTo(Http.RedactionScope scope)
    {
        lock (_gate)
        {
            scope.AddSecret(KeyId, _secret);
            scope.AddSecret(null, _token);
        }
    }

    private protected override void Dispose(bool disposing)
    {
        lock (_gate)
        {
            _secret.Dispose();
            _token?.Dispose();
            _token = null;
        }
    }
}
