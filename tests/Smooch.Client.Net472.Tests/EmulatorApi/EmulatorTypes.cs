using System;
using System.Collections.Generic;

// The shapes of the emulator's public types, as the net10.0 tests know them from the in-process emulator. This
// project cannot reference the emulator (net10.0), so the linked tests get these, filled from its control API.
// Records need IsExternalInit, which Smooch.Client's net472 build provides (visible through InternalsVisibleTo).
namespace Smooch.Emulator
{
    /// <summary>Sent to POST /_emulator/faults.</summary>
    public sealed record FaultRule(string Method, string PathPattern, FaultKind Kind, int Count = 1)
    {
        public int Status { get; init; }

        public string? RetryAfter { get; init; }

        public TimeSpan Delay { get; init; }
    }

    public enum FaultKind
    {
        Status,
        RateLimit,
        Delay,
        DropConnection,
        TruncatedBody,
        MalformedJson,
        ExtraFields,
    }

    /// <summary>One entry of GET /_emulator/journal.</summary>
    public sealed record JournalEntry(DateTimeOffset At, string Method, string Path, int Status, double Milliseconds, string? Fault);

    /// <summary>Read from the start-up banner or the answer of POST /_emulator/seed.</summary>
    public sealed record SeededApp(string AppId, IReadOnlyList<string> CustomIntegrationIds, string NonCustomIntegrationId);

    /// <summary>Read from the start-up banner (the credential id is not printed there).</summary>
    public sealed record SeededOrganization(string Id, string? Label, string ServiceAccountId, string ClientId, string ClientSecret);
}
