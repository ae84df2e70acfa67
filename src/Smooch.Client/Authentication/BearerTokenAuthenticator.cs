using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Authentication;

/// <summary>A bearer token supplied by the caller (e.g. a server-issued JWT or an organization access token).</summary>
public sealed class BearerTokenAuthenticator : SmoochAuthenticator
{
    private readonly SecureString _token;

    /// <summary>Keeps a read-only copy of <paramref name="token"/>, sent as is to the API named by <paramref name="api"/>.</summary>
    public BearerTokenAuthenticator(SecureString token, SmoochApi api)
    {
        _token = SecureStringText.ReadOnlyCopy(token, nameof(token));
        if (api != SmoochApi.Sunshine && api != SmoochApi.Organization)
        {
            throw new ArgumentOutOfRangeException(nameof(api), api, "api must be Sunshine or Organization.");
        }
        Api = api;
    }

    /// <summary>The API the token was issued for, as given.</summary>
    public override SmoochApi Api { get; }

    /// <summary>"Bearer".</summary>
    public override string AuthMode => "Bearer";

    /// <summary>Always null: a bare token names no key.</summary>
    public override string? KeyId => null;

    internal override Task<string> GetAuthorizationAsync(ITokenExchange exchange, CancellationToken cancellationToken)
    {
        return Task.FromResult("Bearer " + SecureStringText.ToPlainText(_token));
    }

    internal override void AddSecretsTo(Http.RedactionScope scope)
    {
        scope.AddSecret(null, _token);
    }

    private protected override void Dispose(bool disposing)
    {
        _token.Dispose();
    }
}
