using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Support
{
    /// <summary>One emulator per test class (xunit runs a class's tests one after another); tests call Fresh() first.</summary>
    public sealed class EmulatorFixture : IAsyncLifetime
    {
        public const string OrganizationId = "org-test";

        private SmoochEmulator? _emulator;

        public SmoochEmulator Emulator => _emulator ?? throw new InvalidOperationException("Emulator not started.");

        public EmulatorControl Control => Emulator.Control;

        public SeededApp App => Emulator.Apps[0];

        public SeededOrganization Organization => Emulator.Organizations[0];

        public async Task InitializeAsync()
        {
            var options = new EmulatorOptions { Apps = 1, CustomIntegrationsPerApp = 1 };
            options.Organizations.Add(new OrganizationSeed(OrganizationId, "test-label"));
            _emulator = await SmoochEmulator.StartAsync(options);
        }

        public async Task DisposeAsync()
        {
            if (_emulator != null)
            {
                await _emulator.DisposeAsync();
            }
        }

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
