using System.Text.RegularExpressions;

namespace Smooch.Client.Http
{
    /// <summary>
    /// Scrubs server-supplied text (error titles) before it reaches an exception: anything shaped like a JWT, an
    /// Authorization value or a long secret-like token is replaced, in case a server echoes credentials.
    /// </summary>
    internal static class TextRedactor
    {
        private const string Mask = "[redacted]";

        private static readonly Regex Jwt = new Regex(@"[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant);
        private static readonly Regex AuthScheme = new Regex(@"\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex LongToken = new Regex(@"[A-Za-z0-9_+/=-]{40,}", RegexOptions.CultureInvariant);

        public static string? Scrub(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }
            string result = Jwt.Replace(text, Mask);
            result = AuthScheme.Replace(result, "$1 " + Mask);
            result = LongToken.Replace(result, Mask);
            if (result.Length > 500)
            {
                result = result.Substring(0, 500) + "...";
            }
            return result;
        }
    }
}
