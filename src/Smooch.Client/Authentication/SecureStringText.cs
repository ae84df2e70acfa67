using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;

namespace Smooch.Client.Authentication;

/// <summary>Converts SecureStrings at the moment of use, clearing the intermediate buffers.</summary>
internal static class SecureStringText
{
    /// <summary>UTF-8 bytes of the secret; the caller must clear the array (Array.Clear) after use.</summary>
    public static byte[] ToUtf8Bytes(SecureString secret)
    {
        char[] chars = ToChars(secret);
        try
        {
            return Encoding.UTF8.GetBytes(chars);
        }
        finally
        {
            Array.Clear(chars, 0, chars.Length);
        }
    }

    /// <summary>The secret as a string; only for values that must leave the process as text (a header).</summary>
    public static string ToPlainText(SecureString secret)
    {
        IntPtr pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
        try
        {
            return Marshal.PtrToStringUni(pointer, secret.Length);
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }

    public static SecureString FromString(string value)
    {
        var secure = new SecureString();
        foreach (char c in value)
        {
            secure.AppendChar(c);
        }
        secure.MakeReadOnly();
        return secure;
    }

    /// <summary>A read-only copy that the holder owns (so the caller may dispose its own instance).</summary>
    public static SecureString ReadOnlyCopy(SecureString secret, string parameterName)
    {
        if (secret == null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} is required.");
        }
        if (secret.Length == 0)
        {
            throw new ArgumentException($"{parameterName} must not be empty.", parameterName);
        }
        SecureString copy = secret.Copy();
        copy.MakeReadOnly();
        return copy;
    }

    /// <summary>The secret's characters; the caller must clear the array (Array.Clear) after use.</summary>
    public static char[] ToChars(SecureString secret)
    {
        var chars = new char[secret.Length];
        IntPtr pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
        try
        {
            Marshal.Copy(pointer, chars, 0, chars.Length);
            return chars;
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }
}
