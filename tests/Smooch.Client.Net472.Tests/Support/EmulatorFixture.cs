using System;
using System.Collections.Generic;
using System.Linq;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.EmulatorApi;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Support
{
    /// <summary>
    /// The net10.0 tests' fixture, same members, over the run's one emulator process instead of an in-process one;
    /// tests call Fresh() first.
    /// </summary>
    public sealed class EmulatorFixture
    {
        public const string OrganizationId = EmulatorProcess.OrganizationId;

        public EmulatorProcess Emulator => SharedEmulator.Instance;

        public RemoteEmulatorControl Control => Emulator.Control;

        public SeededApp App => Emulator.Apps[0];

        public SeededOrganization Organization => Emulator.Organizations[0];

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
}
