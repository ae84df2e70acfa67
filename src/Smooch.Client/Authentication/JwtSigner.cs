using System;
using System.IO;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Smooch.Client.Authentication;

/// <summary>Signs Sunshine Conversations JWTs locally: HS256, header {alg, typ, kid}, payload {scope[, exp]}.</summary>
public static class JwtSigner
{
    /// <summary>The scope a key id signs for: act_/svc_ keys sign "account", app_ keys sign "app".</summary>
    public static JwtScope InferScope(string keyId)
    {
        if (keyId != null)
        {
            if (keyId.StartsWith("act_", StringComparison.Ordinal) || keyId.StartsWith("svc_", StringComparison.Ordinal))
            {
                return JwtScope.Account;
            }
            if (keyId.StartsWith("app_", StringComparison.Ordinal))
            {
                return JwtScope.App;
            }
        }
        throw new ArgumentException(
            "keyId must start with 'act_' or 'svc_' (account scope) or 'app_' (app scope) to infer the JWT scope; pass the scope explicitly otherwise.",
            nameof(keyId));
    }

    /// <summary>Returns the compact JWT (base64url without padding) signed with the UTF-8 bytes of <paramref name="secret"/>.</summary>
    public static string Sign(string keyId, SecureString secret, JwtScope scope, DateTimeOffset? expiresAt = null)
    {
        if (string.IsNullOrEmpty(keyId))
        {
            throw new ArgumentException("keyId must not be empty.", nameof(keyId));
        }
        if (secret == null || secret.Length == 0)
        {
            throw new ArgumentException("secret must not be empty.", nameof(secret));
        }
        string header = Base64Url.Encode(WriteJson(writer =>
        {
            writer.WriteString("alg", "HS256");
            writer.WriteString("typ", "JWT");
            writer.WriteString("kid", keyId);
        }));
        string payload = Base64Url.Encode(WriteJson(writer =>
        {
            writer.WriteString("scope", scope == JwtScope.App ? "app" : "account");
            if (expiresAt.HasValue)
            {
                writer.WriteNumber("exp", expiresAt.Value.ToUnixTimeSeconds());
            }
        }));
        string signingInput = header + "." + payload;
        byte[] key = SecureStringText.ToUtf8Bytes(secret);
        try
        {
            using var hmac = new HMACSHA256(key);
            byte[] signature = hmac.ComputeHash(Encoding.ASCII.GetBytes(signingInput));
            return signingInput + "." + Base64Url.Encode(signature);
        }
        finally
        {
            Array.Clear(key, 0, key.Length);
        }
    }

    private static byte[] WriteJson(Action<Utf8JsonWriter> writeProperties)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }
}
