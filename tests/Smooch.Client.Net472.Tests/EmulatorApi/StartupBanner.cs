using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Smooch.Emulator;

namespace Smooch.Client.Tests.EmulatorApi;

/// <summary>Reads the seeded apps and organizations from the text the emulator prints at start.</summary>
internal static class StartupBanner
{
    /// <summary>The banner's last line; everything before it has been printed.</summary>
    public const string LastLine = "Press Ctrl+C to stop.";

    private static readonly Regex s_app = new Regex(
        @"^App (?<id>\S+): custom integrations \[(?<custom>[^\]]*)\], non-custom (?<other>\S+)\s*$", RegexOptions.Multiline);

    private static readonly Regex s_organization = new Regex(
        @"^Organization (?<id>[^\s:]+)(?: \((?<label>[^)]*)\))?: service account (?<sa>\S+), client id (?<client>\S+)\s*\r?\n\s*client secret[^:]*: (?<secret>\S+)",
        RegexOptions.Multiline);

    public static IReadOnlyList<SeededApp> Apps(string banner)
    {
        return s_app.Matches(banner).Cast<Match>()
            .Select(m => new SeededApp(
                m.Groups["id"].Value,
                m.Groups["custom"].Value.Split(new[] { ", " }, System.StringSplitOptions.RemoveEmptyEntries),
                m.Groups["other"].Value))
            .ToList();
    }

    public static IReadOnlyList<SeededOrganization> Organizations(string banner)
    {
        return s_organization.Matches(banner).Cast<Match>()
            .Select(m => new SeededOrganization(
                m.Groups["id"].Value,
                m.Groups["label"].Success ? m.Groups["label"].Value : null,
                m.Groups["sa"].Value,
                m.Groups["client"].Value,
                m.Groups["secret"].Value))
            .ToList();
    }
}
