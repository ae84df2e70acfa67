using System;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Authentication;

/// <summary>
/// Supplies the Authorization header of each request. Holds secrets only as SecureString; ToString never shows them.
/// A session owns its authenticator and disposes it with itself.
/// </summary>
public abstract class SmoochAuthenticator : IDisposable
{
    private protected SmoochAuthenticator()
    {
    }

    /// <summary>The API these credentials are for.</summary>
    public abstract SmoochApi Api { get; }

    /// <summary>"Basic", "Jwt", "Bearer" or "ClientCredentials".</summary>
    public abstract string AuthMode { get; }

    /// <summary>The key id or client id; never the secret. Null for a bare bearer token.</summary>
    public abstract string? KeyId { get; }

    /// <summary>Clock used for token lifetimes (replaceable in tests).</summary>
    internal Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    /// <summary>The Authorization header value to send now. Plain text exists only for the duration of one request.</summary>
    internal abstract Task<string> GetAuthorizationAsync(ITokenExchange exchange, CancellationToken cancellationToken);

    /// <summary>
    /// Called when the server answered 401 to <paramref name="rejectedAuthorization"/>. Returns true when fresh
    /// credentials can be obtained, so the request is worth repeating once.
    /// </summary>
    internal virtual bool Invalidate(string rejectedAuthorization)
    {
        return false;
    }

    /// <summary>Adds every secret this authenticator holds or has made (key or client secret, current token) to <paramref name="scope"/>, so error text can be cleared of them.</summary>
    internal abstract void AddSecretsTo(Http.RedactionScope scope);

    /// <summary>Disposes the secrets and any cached token.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    private protected abstract void Dispose(bool disposing);

    /// <summary>The auth mode and key id, such as "Basic (app_1)"; never a secret.</summary>
    public override string ToString()
    {
        return KeyId == null ? AuthMode : AuthMode + " (" + KeyId + ")";
    }
}
