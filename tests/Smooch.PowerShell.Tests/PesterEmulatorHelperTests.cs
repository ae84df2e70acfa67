using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Text.RegularExpressions;

namespace Smooch.PowerShell.Tests;

/// <summary>
/// The Pester specs learn the seeded organization credential from the emulator's start-up banner
/// (tests/pester/SmoochTestEmulator.psm1, Read-SeededOrganization). This runs the real emulator program, feeds its
/// banner to that function in the hosted engine and connects with what it parsed, so a change of the banner
/// cannot silently break the specs on machines with pwsh.
/// </summary>
public class PesterEmulatorHelperTests
{
    [Fact]
    public void The_helper_parses_the_emulator_banner_into_a_credential_that_connects()
    {
        string banner = RunEmulatorUntilReady(out Process process, "--urls", "http://127.0.0.1:0", "--organization", "pester-org:Pester");
        try
        {
            string baseUri = Regex.Match(banner, @"listening on (?<uri>http://\S+)").Groups["uri"].Value;
            using var shell = new HostedPowerShell();
            shell.Run("Import-Module -Name $args[0] -ErrorAction Stop", Path.Combine(RepositoryPaths.Root, "tests", "pester", "SmoochTestEmulator.psm1"));
            Assert.Empty(shell.Errors);

            PSObject org = shell.Run("& (Get-Module SmoochTestEmulator) { Read-SeededOrganization -Banner $args[0] } $args[0]", banner).Single();
            Assert.Equal("pester-org", org.Properties["Id"].Value);
            string serviceAccountId = (string)org.Properties["ServiceAccountId"].Value;

            var found = shell.Run(
                "Connect-Smooch -ClientCredential ([pscredential]::new($args[0].ClientId, $args[0].ClientSecret)) -BaseUri $args[1]; " +
                "Get-SmoochOrganizationServiceAccount -OrganizationId $args[0].Id",
                org, baseUri);

            Assert.Empty(shell.Errors);
            Assert.Equal(serviceAccountId, found.Single().Properties["ServiceAccountId"].Value);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
            process.Dispose();
        }
    }

    [Fact]
    public void The_helper_makes_valid_account_key_ids()
    {
        using var shell = new HostedPowerShell(importModule: false);
        shell.Run("Import-Module -Name $args[0] -ErrorAction Stop", Path.Combine(RepositoryPaths.Root, "tests", "pester", "SmoochTestEmulator.psm1"));

        var ids = shell.Run("New-TestKeyId act_; New-TestKeyId act_").Select(o => o.ToString()).ToList();

        Assert.Empty(shell.Errors);
        Assert.All(ids, id => Assert.Matches("^act_[0-9a-f]{24}$", id));
        Assert.NotEqual(ids[0], ids[1]);
    }

    /// <summary>Starts the built emulator program and returns its banner once it says it is ready.</summary>
    private static string RunEmulatorUntilReady(out Process process, params string[] arguments)
    {
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        string program = Path.Combine(RepositoryPaths.Root, "src", "Smooch.Emulator", "bin", configuration, "net10.0", "Smooch.Emulator.dll");
        Assert.True(File.Exists(program), $"{program} is not built");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(program);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
        var banner = new StringBuilder();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            string? line = process.StandardOutput.ReadLine();
            if (line is null)
            {
                break;
            }

            banner.AppendLine(line);
            if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
            {
                return banner.ToString();
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The emulator did not print its banner: " + banner + process.StandardError.ReadToEnd());
    }
}
