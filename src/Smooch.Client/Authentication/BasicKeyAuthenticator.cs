using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Validation;

namespace Smooch.Client.Authentication
{
    /// <summary>Sunshine Conversations Basic authentication with an API key id and secret.</summary>
    public sealed class BasicKeyAuthenticator : SmoochAuthenticator
    {
        private readonly SecureString _secret;

        public BasicKeyAuthenticator(string keyId, SecureString secret)
        {
            KeyId = ValidateKeyId(keyId, nameof(keyId));
            _secret = SecureStringText.ReadOnlyCopy(secret, nameof(secret));
        }

        public override SmoochApi Api => SmoochApi.Sunshine;

        public override string AuthMode => "Basic";

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
}
