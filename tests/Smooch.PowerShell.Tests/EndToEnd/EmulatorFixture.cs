using System.Threading.Tasks;
using Smooch.Emulator;

namespace Smooch.PowerShell.Tests.EndToEnd;

/// <summary>One in-process emulator for the end-to-end cmdlet tests; each test resets it to the seeded state.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const string OrganizationId = "org-e2e";

    public SmoochEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { Apps = 3, CustomIntegrationsPerApp = 1 };
        options.Organizations.Add(new OrganizationSeed(OrganizationId, "e2e"));
        Emulator = await SmoochEmulator.StartAsync(options);
    }

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "Emulator";
}
