using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Smooch.Emulator;

namespace Smooch.PowerShell.Tests;

/// <summary>
/// Runs examples/Demo.ps1 (what `./build.ps1 -Task Demo` runs) in the hosted engine against an in-process
/// emulator and checks, from the emulator's journal, that it created and removed everything it promised.
/// </summary>
public sealed class DemoScriptTests : IAsyncLifetime
{
    private SmoochEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 1, CustomIntegrationsPerApp = 1 });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public void The_demo_creates_lists_and_removes_a_service_account_key_app_key_and_integration_key()
    {
        using var shell = new HostedPowerShell();
        string demo = Path.Combine(RepositoryPaths.Root, "examples", "Demo.ps1");
        var secret = new NetworkCredential(string.Empty, _emulator.AccountSecret).SecurePassword;

        var output = shell.Run("& $args[0] -BaseUri $args[1] -KeyId $args[2] -Secret $args[3]", demo, _emulator.BaseAddress, _emulator.AccountKeyId, secret);

        Assert.Empty(shell.Errors);
        Assert.Empty(output);
        string app = _emulator.Apps[0].AppId;
        string integration = _emulator.Apps[0].CustomIntegrationIds[0];
        var changes = _emulator.Control.Journal.Where(e => e.Method != "GET").Select(e => (e.Method, Path: Generalize(e.Path), e.Status)).ToList();
        Assert.Equal(
            new[]
            {
                ("POST", "/v1.1/serviceaccounts"),
                ("POST", "/v1.1/serviceaccounts/{id}/keys"),
                ("POST", $"/v2/apps/{app}/keys"),
                ("POST", $"/v2/apps/{app}/integrations/{integration}/keys"),
                ("DELETE", $"/v2/apps/{app}/integrations/{integration}/keys/{{id}}"),
                ("DELETE", $"/v2/apps/{app}/keys/{{id}}"),
                ("DELETE", "/v1.1/serviceaccounts/{id}/keys/{id}"),
                ("DELETE", "/v1.1/serviceaccounts/{id}"),
            },
            changes.Select(c => (c.Method, c.Path)));
        Assert.All(changes, c => Assert.InRange(c.Status, 200, 299));
        Assert.Contains(_emulator.Control.Journal, e => e.Method == "GET" && e.Path == $"/v2/apps/{app}/integrations/{integration}/keys");
    }

    /// <summary>Replaces the ids the demo created (random hex, with or without a key prefix) by {id}.</summary>
    private string Generalize(string path)
    {
        var known = _emulator.Apps.SelectMany(a => a.CustomIntegrationIds.Append(a.AppId).Append(a.NonCustomIntegrationId)).ToHashSet();
        return string.Join("/", path.Split('/').Select(segment =>
            known.Contains(segment) || !System.Text.RegularExpressions.Regex.IsMatch(segment, "^([a-z]{3}_)?[0-9a-f]{24}$") ? segment : "{id}"));
    }
}
