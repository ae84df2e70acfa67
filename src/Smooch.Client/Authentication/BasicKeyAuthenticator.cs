using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Validation;

namespace Smooch.Client.Authentication;

/// <summary>Sunshine Conversations Basic authentication with an API key id and secret.</summary>
public sealed class BasicKeyAuthenticator : SmoochAuthenticator
{
    private readonly SecureString _secret;

    /// <summary>Keeps a read-only copy of <paramref name="secret"/>; <paramref name="keyId"/> must be a valid id without ':'.</summary>
    public BasicKeyAuthenticator(string keyId, SecureString secret)
    {
        KeyId = ValidateKeyId(keyId, nameof(keyId));
        _secret = SecureStringText.ReadOnlyCopy(secret, nameof(secret));
    }

    /// <summary>Always Sunshine: API keys authenticate to Sunshine Conversations.</summary>
    public override SmoochApi Api => SmoochApi.Sunshine;

    /// <summary>"Basic".</summary>
    public override string AuthMode => "Basic";

    /// <summary>The API key's id (app_, act_ or int_...).</summary>
    public override string KeyId { get; }

    internal override Task<string> GetAuthorizationAsync(ITokenExchange exchange, CancellationToken cancellationToken)
    {
        return Task.FromResult(BasicCredentialHeader.Build(KeyId, _secret));
    }

    internal override void AddSecretsTo(Http.RedactionScope scope)
    {
        scope.AddSecret(KeyId, _secret);
    }

    private protected override void Dispose(bool disposing)
    {
        _secret.Dispose();
    }

    internal static string ValidateKeyId(string keyId, string parameterName)
    {
        IdValidator.Validate(keyId, parameterName);
        if (keyId.IndexOf(':') >= 0)
        {
            throw new ArgumentException($"{parameterName} must not contain ':'.", parameterName);
        }
        return keyId;
    }
}
