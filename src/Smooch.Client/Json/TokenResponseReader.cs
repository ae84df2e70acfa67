using System;
using System.Security;
using System.Text.Json.Serialization;
using Smooch.Client.Authentication;
using Smooch.Client.Http;

namespace Smooch.Client.Json;

internal static class TokenResponseReader
{
    private static readonly TimeSpan s_defaultLifetime = TimeSpan.FromSeconds(3600);

    public static TokenGrant Read(ApiResponse response)
    {
        TokenResponse wire;
        try
        {
            wire = JsonBody.Read<TokenResponse>(response);
        }
        finally
        {
            Array.Clear(response.Body, 0, response.Body.Length); // the token is in a SecureString now, not left as UTF-8
        }
        SecureString token = wire.AccessToken is { Length: > 0 } accessToken ? accessToken : throw JsonBody.Malformed(response, "the response has no 'access_token'", null);
        if (wire.TokenType != null && !string.Equals(wire.TokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw JsonBody.Malformed(response, "the token type is not Bearer", null);
        }
        TimeSpan lifetime = wire.ExpiresIn.HasValue && wire.ExpiresIn.Value > 0 ? TimeSpan.FromSeconds(wire.ExpiresIn.Value) : s_defaultLifetime;
        return new TokenGrant(token, lifetime);
    }

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        [JsonConverter(typeof(SecureStringConverter))]
        public SecureString? AccessToken { get; set; }

        [JsonPropertyName("token_type")]
        public string? TokenType { get; set; }

        [JsonPropertyName("expires_in")]
        public long? ExpiresIn { get; set; }
    }
}
