using System;
using System.Text;

namespace Smooch.Emulator.Auth;

/// <summary>Parses "Basic base64(user:password)"; null when the header is not well-formed Basic.</summary>
internal static class BasicCredentials
{
    public static (string User, string Password)? Parse(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
        int colon = decoded.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        return (decoded.Substring(0, colon), decoded.Substring(colon + 1));
    }

    public static string? BearerToken(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header.Substring(7).Trim() : null;
}
