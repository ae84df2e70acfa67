using System;
using System.Collections.Generic;
using System.Linq;
using Smooch.Client.Authentication;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Support;

/// <summary>
/// What tests do with the fixture's emulator, whether it runs in-process (net10.0) or as its own process
/// (net472, which compiles this file too): reset it, read its journal, open sessions to it.
/// </summary>
public sealed partial class EmulatorFixture
{
    /// <summary>Data back to the seeded state, no faults, empty journal (once the previous test's requests have ended).</summary>
    public void Fresh()
    {
        Control.WaitUntilIdle(TimeSpan.FromSeconds(10));
        Control.Reset();
    }

    public IReadOnlyList<JournalEntry> Journal => Control.Journal;

    public int Count(string method, string pathPrefix)
    {
        return Journal.Count(e => e.Method == method && e.Path.StartsWith(pathPrefix, StringComparison.Ordinal));
    }

    public SmoochSession Sunshine(ISmoochRequestLog? log = null, TimeSpan? timeout = null, int maxRetries = 3)
    {
        return Sessions.With(Emulator.BaseAddress, new BasicKeyAuthenticator(Emulator.AccountKeyId, Unit.Secrets.Secure(Emulator.AccountSecret)), log, timeout, maxRetries);
    }

    public SmoochSession SunshineJwt(ISmoochRequestLog? log = null)
    {
        return Sessions.With(Emulator.BaseAddress, new JwtKeyAuthenticator(Emulator.AccountKeyId, Unit.Secrets.Secure(Emulator.AccountSecret), lifetime: TimeSpan.FromMinutes(5)), log);
    }

    public SmoochSession Org(ISmoochRequestLog? log = null, TimeSpan? timeout = null, int maxRetries = 3, ClientCredentialsAuthenticator? authenticator = null)
    {
        return Sessions.With(Emulator.BaseAddress, authenticator ?? OrgAuthenticator(), log, timeout, maxRetries);
    }

    public ClientCredentialsAuthenticator OrgAuthenticator()
    {
        return new ClientCredentialsAuthenticator(Organization.ClientId, Unit.Secrets.Secure(Organization.ClientSecret));
    }
}
