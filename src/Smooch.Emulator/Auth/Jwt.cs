using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Auth;

/// <summary>HS256 JWTs: signing (GET .../keys/{keyId}/jwt) and the strict check used for Bearer auth.</summary>
internal static class Jwt
{
    public static string ScopeFor(KeyKind kind) => kind switch
    {
        KeyKind.Account or KeyKind.ServiceAccount => "account",
        KeyKind.App => "app",
        _ => "integration",
    };

    public static string Sign(string keyId, string secret, string scope, DateTimeOffset issuedAt)
    {
        string header = Segment(w =>
        {
            w.WriteString("alg", "HS256");
            w.WriteString("typ", "JWT");
            w.WriteString("kid", keyId);
        });
        string payload = Segment(w =>
        {
            w.WriteString("scope", scope);
            w.WriteNumber("iat", issuedAt.ToUnixTimeSeconds());
        });
        string signingInput = header + "." + payload;
        return signingInput + "." + Base64Url.Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signingInput)));
    }

    private static string Segment(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return Base64Url.Encode(buffer.WrittenSpan);
    }

    /// <summary>The parts of a token before its signature is checked.</summary>
    public sealed record Unverified(string KeyId, string Scope, long? ExpiresAt, string SigningInput, byte[] Signature);

    /// <summary>Structure, alg, kid, scope and exp type; the reason when malformed. Never echoes token content.</summary>
    public static Unverified Parse(string token, out string? problem)
    {
        try
        {
            return ParseParts(token, out problem);
        }
        catch (InvalidOperationException)
        {
            return Fail("JWT is not well-formed", out problem);   // e.g. lone surrogates in a string claim
        }
    }

    private static Unverified ParseParts(string token, out string? problem)
    {
        problem = null;
        string[] parts = token.Split('.');
        if (parts.Length != 3 || parts[2].Length == 0)
        {
            return Fail("JWT must have three segments and a signature", out problem);
        }

        using JsonDocument? header = ParseSegment(parts[0]);
        using JsonDocument? payload = ParseSegment(parts[1]);
        byte[]? signature = Base64Url.TryDecode(parts[2]);
        if (header is null || payload is null || signature is null)
        {
            return Fail("JWT is not well-formed", out problem);
        }

        if (!header.RootElement.TryGetProperty("alg", out JsonElement alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "HS256")
        {
            return Fail("JWT alg must be HS256", out problem);
        }

        if (!header.RootElement.TryGetProperty("kid", out JsonElement kid) || kid.ValueKind != JsonValueKind.String)
        {
            return Fail("JWT header must carry kid", out problem);
        }

        if (!payload.RootElement.TryGetProperty("scope", out JsonElement scope) || scope.ValueKind != JsonValueKind.String)
        {
            return Fail("JWT payload must carry scope", out problem);
        }

        long? expiresAt = null;
        if (payload.RootElement.TryGetProperty("exp", out JsonElement exp))
        {
            if (exp.ValueKind != JsonValueKind.Number || !exp.TryGetInt64(out long expValue))
            {
                return Fail("JWT exp must be a number", out problem);
            }

            expiresAt = expValue;
        }
        return new Unverified(kid.GetString()!, scope.GetString()!, expiresAt, parts[0] + "." + parts[1], signature);
    }

    public static bool SignatureMatches(Unverified token, string secret)
    {
        byte[] expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(token.SigningInput));
        return CryptographicOperations.FixedTimeEquals(expected, token.Signature);
    }

    private static Unverified Fail(string reason, out string? problem)
    {
        problem = reason;
        return null!;
    }

    private static JsonDocument? ParseSegment(string segment)
    {
        byte[]? bytes = Base64Url.TryDecode(segment);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            JsonDocument document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
