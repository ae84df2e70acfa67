using System;
using System.Collections.Generic;
using System.Linq;
using Smooch.Emulator;

namespace Smooch.PowerShell.Tests.EndToEnd;

/// <summary>Base of the end-to-end tests: a fresh emulator state and a module shell connected to it (Sunshine, with the account key).</summary>
[Collection(EmulatorCollection.Name)]
public abstract class EmulatorTest : IDisposable
{
    internal const string Connect =
        "Connect-Smooch -Credential ([pscredential]::new($args[0], (ConvertTo-SecureString -String $args[1] -AsPlainText -Force))) -BaseUri $args[2]";

    internal const string ConnectOrganization =
        "Connect-Smooch -ClientCredential ([pscredential]::new($args[0], (ConvertTo-SecureString -String $args[1] -AsPlainText -Force))) -BaseUri $args[2]";

    protected EmulatorTest(EmulatorFixture fixture)
    {
        Emulator = fixture.Emulator;
        Emulator.Control.WaitUntilIdle(TimeSpan.FromSeconds(10)); // a request the previous test abandoned must not land in this one's journal
        Emulator.Control.Reset();
        Shell = new HostedPowerShell();
    }

    internal SmoochEmulator Emulator { get; }

    internal HostedPowerShell Shell { get; }

    internal string AppId => Emulator.Apps[0].AppId;

    internal SeededOrganization Organization => Emulator.Organizations[0];

    internal void ConnectSunshine()
    {
        Shell.Run(Connect, Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress);
        Assert.Empty(Shell.Errors);
    }

    internal void ConnectOrganizationApi()
    {
        Shell.Run(ConnectOrganization, Organization.ClientId, Organization.ClientSecret, Emulator.BaseAddress);
        Assert.Empty(Shell.Errors);
    }

    /// <summary>Requests that reached the emulator since the last ClearJournal, as "METHOD /path".</summary>
    internal IReadOnlyList<string> Requests() => Emulator.Control.Journal.Select(j => j.Method + " " + j.Path).ToList();

    public void Dispose()
    {
        Shell.Dispose();
        GC.SuppressFinalize(this);
    }
}
