using System;
using System.Security.Cryptography;

namespace Smooch.Emulator.State;

/// <summary>Id and secret formats chosen in docs/contract/README.md#ids.</summary>
internal static class Ids
{
    private const string LowerAlphanumeric = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>24 lowercase hex chars (Sunshine object ids; keys add a prefix).</summary>
    public static string Hex24() => RandomNumberGenerator.GetHexString(24, lowercase: true);

    /// <summary>86-char url-safe base64 (64 random bytes, no padding).</summary>
    public static string SunshineSecret()
    {
        Span<byte> bytes = stackalloc byte[64];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.Encode(bytes);
    }

    /// <summary>26 chars of [a-z0-9] (Organization nanoid-style ids).</summary>
    public static string Nanoid() => RandomNumberGenerator.GetString(LowerAlphanumeric, 26);

    public static string ClientId() => RandomNumberGenerator.GetString(Alphanumeric, 21);

    public static string ClientSecret() => RandomNumberGenerator.GetString(Alphanumeric, 64);

    public static string AccessToken() => "kct_" + RandomNumberGenerator.GetString(Alphanumeric, 48);

    public static bool IsHex24(ReadOnlySpan<char> value)
    {
        if (value.Length != 24)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
