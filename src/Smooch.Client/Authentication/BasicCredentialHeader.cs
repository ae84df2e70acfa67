using System;
using System.Security;
using System.Text;

namespace Smooch.Client.Authentication;

internal static class BasicCredentialHeader
{
    private const string Scheme = "Basic ";

    /// <summary>
    /// "Basic base64(user:secret)". Every intermediate copy of the secret (its characters, the UTF-8 bytes, the
    /// encoded characters) is an array cleared before returning; only the header string itself leaves.
    /// </summary>
    public static string Build(string user, SecureString secret)
    {
        char[] secretChars = SecureStringText.ToChars(secret);
        byte[]? credentials = null;
        char[]? header = null;
        try
        {
            int userLength = Encoding.UTF8.GetByteCount(user);
            credentials = new byte[userLength + 1 + Encoding.UTF8.GetByteCount(secretChars)];
            Encoding.UTF8.GetBytes(user, 0, user.Length, credentials, 0);
            credentials[userLength] = (byte)':';
            Encoding.UTF8.GetBytes(secretChars, 0, secretChars.Length, credentials, userLength + 1);

            header = new char[Scheme.Length + ((credentials.Length + 2) / 3 * 4)];
            Scheme.CopyTo(0, header, 0, Scheme.Length);
            Convert.ToBase64CharArray(credentials, 0, credentials.Length, header, Scheme.Length);
            return new string(header);
        }
        finally
        {
            Array.Clear(secretChars, 0, secretChars.Length);
            if (credentials != null)
            {
                Array.Clear(credentials, 0, credentials.Length);
            }
            if (header != null)
            {
                Array.Clear(header, 0, header.Length);
            }
        }
    }
}
