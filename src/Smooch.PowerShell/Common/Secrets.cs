using System;
using System.Net;
using System.Security;

namespace Smooch.PowerShell.Common;

/// <summary>How a secret leaves a cmdlet: SecureString unless the user opted into plain text.</summary>
internal static class Secrets
{
    public static object Emit(SecureString secret, bool asPlainText) => asPlainText ? PlainText(secret) : secret;

    public static object Emit(string secret, bool asPlainText) => asPlainText ? secret : Protect(secret);

    public static SecureString Protect(string value)
    {
        SecureString secure = new NetworkCredential(string.Empty, value).SecurePassword;
        secure.MakeReadOnly();
        return secure;
    }

    public static string PlainText(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;

    public static bool IsEmpty(SecureString? secret) => secret is null || secret.Length == 0;
}
