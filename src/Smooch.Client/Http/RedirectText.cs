using System;
using System.Globalization;

namespace Smooch.Client.Http;

/// <summary>The message of a redirect: where it pointed (scheme, host, port and path only) and that it was not followed.</summary>
internal static class RedirectText
{
    public static string Describe(string target, AttemptResult result, RedactionScope redact)
    {
        string where = Where(result.Location, redact);
        string message = string.Format(CultureInfo.InvariantCulture,
            "{0} was redirected (HTTP {1}) to {2}. This module does not follow redirects, so that credentials are never sent to another address; check the base address of the session (Connect-Smooch -BaseUri or -Region).",
            target, result.StatusCode, where);
        return result.RequestId == null ? message : message + " Request id: " + result.RequestId + ".";
    }

    /// <summary>The Location without user info, query or fragment, and redacted like any server text.</summary>
    private static string Where(string? location, RedactionScope redact)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return "no address (the response had no Location header)";
        }
        string text = location!.Trim();
        int cut = text.IndexOfAny(new[] { '?', '#' });
        if (cut >= 0)
        {
            text = text.Substring(0, cut);
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out Uri? absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            text = absolute.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        }
        else if (text.IndexOf("://", StringComparison.Ordinal) >= 0 || text.IndexOf('@') >= 0)
        {
            return "an address that is not a plain http(s) URL";
        }
        return "'" + redact.Redact(text) + "'";
    }
}
