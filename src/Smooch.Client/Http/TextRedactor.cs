using System.Text.RegularExpressions;

namespace Smooch.Client.Http;

/// <summary>
/// Scrubs server-supplied text (error titles) before it reaches an exception: anything shaped like a JWT, an
/// Authorization value or a long secret-like token is replaced, in case a server echoes credentials.
/// </summary>
internal static class TextRedactor
{
    private const string Mask = "[redacted]";

    private const int ShownLength = 500;

    // The patterns run on this much of the text only: backtracking regex engines (.NET Framework's, Mono's) take
    // quadratic time on a long run of token characters, and a 1 MB echoed body then hangs the caller. A token that
    // starts within the shown part and is cut at the window still leaves 40+ token characters, which are masked.
    private const int ScrubWindow = 2048;

    private static readonly Regex s_jwt = new Regex(@"[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant);
    private static readonly Regex s_authScheme = new Regex(@"\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex s_longToken = new Regex(@"[A-Za-z0-9_+/=-]{40,}", RegexOptions.CultureInvariant);

    public static string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        string result = text!.Length > ScrubWindow ? text.Substring(0, ScrubWindow) : text;
        result = s_jwt.Replace(result, Mask);
        result = s_authScheme.Replace(result, "$1 " + Mask);
        result = s_longToken.Replace(result, Mask);
        if (result.Length > ShownLength)
        {
            result = result.Substring(0, ShownLength) + "...";
        }
        return result;
    }
}
