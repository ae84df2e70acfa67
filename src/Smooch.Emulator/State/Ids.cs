using System;
using System.Security.Cryptography;

namespace Smooch.Emulator.State;

/// <summary>Id and secret formats proposed in /work/shared/api/README.md (ID formats).</summary>
internal static class Ids
{
    private const string LowerAlphanumeric = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>24 lowercase hex chars (Sunshine object ids; keys add a prefix).</summary>
    public static string Hex24()
    {
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>86-char url-safe base64 (64 random bytes, no padding).</summary>
    public static string SunshineSecret()
    {
        Span<byte> bytes = stackalloc byte[64];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.Encode(bytes);
    }

    /// <summary>26 chars of [a-z0-9] (Keycard nanoid-style ids).</summary>
    public static string Nanoid() => RandomText(LowerAlphanumeric, 26);

    public static string ClientId() => RandomText(Alphanumeric, 21);

    public static string ClientSecret() => RandomText(Alphanumeric, 64);

    public static string AccessToken() => "kct_" + RandomText(Alphanumeric, 48);

    /// <summary>Uniform random text from one RNG call per string (bulk seeding makes 100,000s of these).</summary>
    private static string RandomText(string alphabet, int length)
    {
        int usable = 256 - 256 % alphabet.Length;   // reject bytes that would bias the modulo
        return string.Create(length, alphabet, (chars, set) =>
        {
            Span<byte> bytes = stackalloc byte[128];
            int filled = 0, next = bytes.Length;
            while (filled < chars.Length)
            {
                if (next == bytes.Length)
                {
                    RandomNumberGenerator.Fill(bytes);
                    next = 0;
                }
                byte b = bytes[next++];
                if (b < usable) chars[filled++] = set[b % set.Length];
            }
        });
    }

    public static bool IsHex24(ReadOnlySpan<char> value)
    {
        if (value.Length != 24) return false;
        foreach (char c in value)
        {
            if (!char.IsAsciiHexDigitLower(c)) return false;
        }
        return true;
    }
}
