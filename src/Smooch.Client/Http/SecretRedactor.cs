namespace Smooch.Client.Http;

/// <summary>
/// A session's one way to keep its own secrets out of error text. It holds no plain secret: each failure derives
/// the forbidden strings from the authenticator's SecureStrings (key or client secret, current token) and from the
/// Authorization value the failing attempt actually sent, into a <see cref="RedactionScope"/> that is cleared as
/// soon as the error is built. Failures are rare, so the derivation costs nothing on the success path, and no
/// plain copy of a secret outlives the request that needed it.
/// </summary>
internal sealed class SecretRedactor
{
    private readonly Authentication.SmoochAuthenticator _authenticator;

    public SecretRedactor(Authentication.SmoochAuthenticator authenticator)
    {
        _authenticator = authenticator;
    }

    /// <summary>The forbidden strings for one failure; dispose it once the error text is built.</summary>
    public RedactionScope Begin(string? authorization)
    {
        var scope = new RedactionScope();
        try
        {
            _authenticator.AddSecretsTo(scope);
            scope.AddAuthorization(authorization);
            return scope;
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }
}
