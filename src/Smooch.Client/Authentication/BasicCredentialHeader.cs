using System;
using System.Security;
using System.Text;

namespace Smooch.Client.Authentication
{
    internal static class BasicCredentialHeader
    {
        /// <summary>"Basic base64(user:secret)", built from bytes that are cleared afterwards.</summary>
        public static string Build(string user, SecureString secret)
        {
            byte[] prefix = Encoding.UTF8.GetBytes(user + ":");
            byte[] secretBytes = SecureStringText.ToUtf8Bytes(secret);
            byte[] combined = new byte[prefix.Length + secretBytes.Length];
            try
            {
                Buffer.BlockCopy(prefix, 0, combined, 0, prefix.Length);
                Buffer.BlockCopy(secretBytes, 0, combined, prefix.Length, secretBytes.Length);
                return "Basic " + Convert.ToBase64String(combined);
            }
            finally
            {
                Array.Clear(secretBytes, 0, secretBytes.Length);
                Array.Clear(combined, 0, combined.Length);
            }
        }
    }
}
