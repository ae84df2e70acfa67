using System;
using System.Text.Json.Serialization;
using Smooch.Client.Authentication;
using Smooch.Client.Http;

namespace Smooch.Client.Json
{
    internal static class TokenResponseReader
    {
        private static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(3600);

        public static TokenGrant Read(ApiResponse response)
        {
            TokenResponse wire = JsonBody.Read<TokenResponse>(response);
            string token = JsonBody.RequireText(wire.AccessToken, response, "access_token");
            if (wire.TokenType != null && !string.Equals(wire.TokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                throw JsonBody.Malformed(response, "the token type is not Bearer", null);
            }
            TimeSpan lifetime = wire.ExpiresIn.HasValue && wire.ExpiresIn.Value > 0 ? TimeSpan.FromSeconds(wire.ExpiresIn.Value) : DefaultLifetime;
            return new TokenGrant(SecureStringText.FromString(token), lifetime);
        }

        private sealed class TokenResponse
        {
            [JsonPropertyName("access_token")]
            public string? AccessToken { get; set; }

            [JsonPropertyName("token_type")]
            public string? TokenType { get; set; }

            [JsonPropertyName("expires_in")]
            public long? ExpiresIn { get; set; }
        }
    }
}
