using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Support;

/// <summary>One emulator per test class (xunit runs a class's tests one after another); tests call Fresh() first.</summary>
public sealed partial class EmulatorFixture : IAsyncLifetime
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
}
