using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Authentication;

/// <summary>The session's way to call the client-credentials token endpoint through its own request pipeline.</summary>
internal interface ITokenExchange
{
    Task<TokenGrant> ExchangeClientCredentialsAsync(string basicAuthorization, CancellationToken cancellationToken);
}

internal sealed class TokenGrant
{
    public TokenGrant(SecureString accessToken, TimeSpan lifetime)
    {
        AccessToken = accessToken;
        Lifetime = lifetime;
    }

    public SecureString AccessToken { get; }

    public TimeSpan Lifetime { get; }
}
