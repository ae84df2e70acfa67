using System;
using System.Collections.Generic;
using System.Text;

namespace Smooch.Client.Http;

/// <summary>
/// The spellings under which a secret can come back in server text: raw, Base64 (standard and URL-safe, with and
/// without padding) and percent-encoded (upper- and lower-case hex). Every spelling is a char array the caller
/// clears; intermediate byte arrays are cleared here.
/// </summary>
internal static class SecretEncodings
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>Adds <paramref name="secret"/> raw and percent-encoded, plus every Base64 spelling of its UTF-8 bytes.</summary>
    public static void AddAll(List<char[]> into, char[] secret)
    {
        into.Add((char[])secret.Clone());
        AddPercentEncoded(into, secret);
        byte[] bytes = Encoding.UTF8.GetBytes(secret);
        try
        {
            AddBase64(into, bytes);
        }
        finally
        {
            Array.Clear(bytes, 0, bytes.Length);
        }
    }

    /// <summary>Every Base64 spelling of "user:secret", the value of a Basic Authorization header.</summary>
    public static void AddBasicPair(List<char[]> into, string user, char[] secret)
    {
        char[] pair = new char[user.Length + 1 + secret.Length];
        user.CopyTo(0, pair, 0, user.Length);
        pair[user.Length] = ':';
        Array.Copy(secret, 0, pair, user.Length + 1, secret.Length);
        byte[] bytes = Encoding.UTF8.GetBytes(pair);
        try
        {
            AddBase64(into, bytes);
        }
        finally
        {
            Array.Clear(pair, 0, pair.Length);
            Array.Clear(bytes, 0, bytes.Length);
        }
    }

    /// <summary>Standard and URL-safe Base64, each with and without padding; the padded standard form also percent-encoded.</summary>
    private static void AddBase64(List<char[]> into, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }
        char[] standard = new char[(bytes.Length + 2) / 3 * 4];
        Convert.ToBase64CharArray(bytes, 0, bytes.Length, standard, 0);
        int unpadded = standard.Length;
        while (unpadded > 0 && standard[unpadded - 1] == '=')
        {
            unpadded--;
        }
        char[] urlSafe = new char[standard.Length];
        for (int i = 0; i < standard.Length; i++)
        {
            urlSafe[i] = standard[i] == '+' ? '-' : standard[i] == '/' ? '_' : standard[i];
        }
        into.Add(standard);
        into.Add(urlSafe);
        if (unpadded < standard.Length)
        {
            into.Add(Prefix(standard, unpadded));
            into.Add(Prefix(urlSafe, unpadded));
        }
        AddPercentEncoded(into, standard);
    }

    /// <summary>RFC 3986 percent-encoding of the UTF-8 bytes (unreserved characters kept), in upper- and lower-case hex, when it differs from the input.</summary>
    private static void AddPercentEncoded(List<char[]> into, char[] text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            int length = 0;
            foreach (byte b in bytes)
            {
                length += IsUnreserved(b) ? 1 : 3;
            }
            if (length == text.Length)
            {
                return; // nothing to encode: the raw spelling already covers it
            }
            char[] upper = new char[length];
            char[] lower = new char[length];
            int at = 0;
            foreach (byte b in bytes)
            {
                if (IsUnreserved(b))
                {
                    upper[at] = lower[at] = (char)b;
                    at++;
                    continue;
                }
                upper[at] = lower[at] = '%';
                upper[at + 1] = Hex[b >> 4];
                upper[at + 2] = Hex[b & 0xF];
                lower[at + 1] = char.ToLowerInvariant(upper[at + 1]);
                lower[at + 2] = char.ToLowerInvariant(upper[at + 2]);
                at += 3;
            }
            into.Add(upper);
            into.Add(lower);
        }
        finally
        {
            Array.Clear(bytes, 0, bytes.Length);
        }
    }

    private static bool IsUnreserved(byte b)
    {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~';
    }

    private static char[] Prefix(char[] chars, int length)
    {
        char[] prefix = new char[length];
        Array.Copy(chars, prefix, length);
        return prefix;
    }
}
