using System;
using System.Net;

namespace Smooch.Client;

/// <summary>Known base addresses and the rule every base address must pass.</summary>
public static class SmoochEndpoints
{
    /// <summary>Sunshine Conversations, United States region.</summary>
    public static Uri UnitedStates { get; } = new Uri("https://api.smooch.io/");

    /// <summary>Sunshine Conversations, European Union region.</summary>
    public static Uri EuropeanUnion { get; } = new Uri("https://api.eu-1.smooch.io/");

    /// <summary>The organization service-account API.</summary>
    public static Uri Organization { get; } = new Uri("https://api.keycard.ai/");

    /// <summary>Sunshine Conversations for a licensed Zendesk account: https://{subdomain}.zendesk.com/sc/.</summary>
    public static Uri ForZendeskSubdomain(string subdomain)
    {
        if (!IsDnsLabel(subdomain))
        {
            throw new ArgumentException(
                "subdomain must be a single DNS label (letters, digits and inner hyphens, at most 63 characters), e.g. 'mycompany' for mycompany.zendesk.com.",
                nameof(subdomain));
        }
        return new Uri("https://" + subdomain.ToLowerInvariant() + ".zendesk.com/sc/");
    }

    /// <summary>
    /// Returns <paramref name="candidate"/> normalised to end with '/', or throws <see cref="ArgumentException"/> naming
    /// <paramref name="parameterName"/>: it must be absolute, https (http only to loopback), without user info, query or fragment.
    /// </summary>
    public static Uri Validate(Uri? candidate, string parameterName)
    {
        if (candidate == null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} is required.");
        }
        if (!candidate.IsAbsoluteUri)
        {
            throw new ArgumentException($"{parameterName} must be an absolute URI such as https://api.smooch.io.", parameterName);
        }
        bool https = string.Equals(candidate.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
        bool http = string.Equals(candidate.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase);
        if (!https && !http)
        {
            throw new ArgumentException($"{parameterName} must use https (scheme '{candidate.Scheme}' is not allowed).", parameterName);
        }
        if (http && !IsLoopback(candidate))
        {
            throw new ArgumentException(
                $"{parameterName} must use https; http is allowed only to a loopback address (127.0.0.0/8, ::1, localhost), not to '{candidate.Host}'.",
                parameterName);
        }
        if (!string.IsNullOrEmpty(candidate.UserInfo))
        {
            throw new ArgumentException($"{parameterName} must not contain user information; use an authenticator for credentials.", parameterName);
        }
        if (!string.IsNullOrEmpty(candidate.Query) || !string.IsNullOrEmpty(candidate.Fragment))
        {
            throw new ArgumentException($"{parameterName} must not contain a query string or fragment.", parameterName);
        }
        string text = candidate.GetLeftPart(UriPartial.Path);
        return text.EndsWith("/", StringComparison.Ordinal) ? new Uri(text) : new Uri(text + "/");
    }

    /// <summary>1-63 ASCII letters, digits and hyphens, not starting or ending with a hyphen. A loop rather than a Regex
    /// so that every session's first touch of this class does not build a Regex.</summary>
    private static bool IsDnsLabel(string? text)
    {
        if (text == null || text.Length == 0 || text.Length > 63 || text[0] == '-' || text[text.Length - 1] == '-')
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsLoopback(Uri uri)
    {
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        string host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;
        return (uri.HostNameType == UriHostNameType.IPv4 || uri.HostNameType == UriHostNameType.IPv6)
            && IPAddress.TryParse(host, out IPAddress? address)
            && IPAddress.IsLoopback(address);
    }
}
