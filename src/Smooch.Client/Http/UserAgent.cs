using System.Runtime.InteropServices;
using System.Text;

namespace Smooch.Client.Http;

internal static class UserAgent
{
    /// <summary>"Smooch-PowerShell/&lt;version&gt; (&lt;host&gt;; &lt;OS&gt;)".</summary>
    public static string Build(string? hostDescription)
    {
        string host = Clean(string.IsNullOrWhiteSpace(hostDescription) ? RuntimeInformation.FrameworkDescription : hostDescription!);
        return "Smooch-PowerShell/" + SmoochClientInfo.Version + " (" + host + "; " + Clean(RuntimeInformation.OSDescription) + ")";
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Trim())
        {
            builder.Append(c < 0x20 || c > 0x7E || c == '(' || c == ')' || c == ';' ? ' ' : c);
        }
        return builder.ToString().Trim();
    }
}
