using System;
using System.Collections.Generic;
using System.IO;

namespace Smooch.Emulator;

/// <summary>How an emulator instance is seeded and hosted. The same options back the CLI and <see cref="SmoochEmulator.StartAsync"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>"act_" + 24 hex; generated when null.</summary>
    public string? AccountKeyId { get; set; }

    /// <summary>Generated when null (86-char url-safe base64).</summary>
    public string? AccountSecret { get; set; }

    /// <summary>Apps to pre-create.</summary>
    public int Apps { get; set; } = 1;

    /// <summary>Custom integrations per app; every app also gets one non-custom ("web") integration.</summary>
    public int CustomIntegrationsPerApp { get; set; } = 1;

    /// <summary>Each organization gets one service account and one client credential.</summary>
    public IList<OrganizationSeed> Organizations { get; } = new List<OrganizationSeed>();

    /// <summary>Artificial latency added to every API request.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>When set, state is loaded from and saved to this file (atomic write; a corrupt file fails the start).</summary>
    public string? StateFile { get; set; }

    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>Write one line per request (method, path, status, ms). Off by default for in-process hosts; the CLI turns it on.</summary>
    public bool LogRequests { get; set; }

    /// <summary>Where request lines and warnings go; the console when null.</summary>
    public TextWriter? Log { get; set; }

    /// <summary>Lifetime of bearer tokens issued by POST /service-account-token.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Clock used for token expiry, JWT exp/iat and timestamps; tests substitute their own.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The journal keeps the most recent entries up to this many.</summary>
    public int JournalCapacity { get; set; } = 200_000;

    /// <summary>Binding to a non-loopback address is refused unless this is set (and then loudly warned about).</summary>
    public bool AllowNonLoopback { get; set; }

    /// <summary>Command line only (--exit-with): the emulator process stops when this process ends.</summary>
    public int? ExitWithProcessId { get; set; }
}

public sealed record OrganizationSeed(string Id, string? Label = null);

public sealed record SeededApp(string AppId, IReadOnlyList<string> CustomIntegrationIds, string NonCustomIntegrationId);

public sealed record SeededOrganization(string Id, string? Label, string ServiceAccountId, string CredentialId, string ClientId, string ClientSecret);
