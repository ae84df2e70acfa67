using System;
using System.Collections.Generic;

// The shapes of the emulator's seeded data, as the net10.0 tests know them from the in-process emulator. This
// project cannot reference the emulator (net10.0), so the linked tests get these, filled from its control API;
// the fault and journal types are the emulator's own source file, compiled in here (see the project file).
// Records need IsExternalInit, which Smooch.Client's net472 build provides (visible through InternalsVisibleTo).
namespace Smooch.Emulator;

/// <summary>Read from the start-up banner or the answer of POST /_emulator/seed.</summary>
public sealed record SeededApp(string AppId, IReadOnlyList<string> CustomIntegrationIds, string NonCustomIntegrationId);

/// <summary>Read from the start-up banner (the credential id is not printed there).</summary>
public sealed record SeededOrganization(string Id, string? Label, string ServiceAccountId, string ClientId, string ClientSecret);
