using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using Smooch.Emulator;

namespace Smooch.PowerShell.Tests.EndToEnd;

public class RobustnessTests : EmulatorTest
{
    public RobustnessTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Verbose_shows_retries_of_a_failing_request()
    {
        ConnectSunshine();
        Emulator.Control.AddFault(new FaultRule("GET", $"/v2/apps/{AppId}/keys", FaultKind.Status, Count: 1) { Status = 503 });

        Shell.Run("Get-SmoochAppKey -AppId $args[0] -Verbose", AppId);

        Assert.Empty(Shell.Errors);
        Assert.Contains(Shell.Verbose, l => l.Contains("-> 503"));
        Assert.Contains(Shell.Verbose, l => l.Contains("-> 200") && l.Contains("retry 1"));
    }

    [Fact]
    public void Stopping_the_pipeline_cancels_the_request_in_flight()
    {
        ConnectSunshine();
        Emulator.Control.AddFault(new FaultRule("GET", $"/v2/apps/{AppId}/keys", FaultKind.Delay) { Delay = TimeSpan.FromSeconds(30) });

        var watch = Stopwatch.StartNew();
        var invocation = Shell.BeginRun("Get-SmoochAppKey -AppId $args[0]", AppId);
        System.Threading.Thread.Sleep(500);
        invocation.Stop();
        watch.Stop();

        Assert.Equal(PSInvocationState.Stopped, invocation.InvocationStateInfo.State);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"Stop took {watch.Elapsed}; the request was not cancelled");
        invocation.Dispose();
    }

    [Fact]
    public void Stopping_a_bulk_run_cancels_every_request_in_flight()
    {
        ConnectSunshine();
        Emulator.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.Delay, Count: 100) { Delay = TimeSpan.FromSeconds(30) });
        object[] apps = Emulator.Apps.Select(a => (object)a.AppId).ToArray();

        var watch = Stopwatch.StartNew();
        var invocation = Shell.BeginRun("$args | Get-SmoochAppKey -ThrottleLimit 8", apps);
        System.Threading.Thread.Sleep(500);
        invocation.Stop();
        watch.Stop();

        Assert.Equal(PSInvocationState.Stopped, invocation.InvocationStateInfo.State);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"Stop took {watch.Elapsed}; the requests were not cancelled");
        invocation.Dispose();
    }

    [Fact]
    public void A_rate_limit_that_outlasts_the_retries_is_LimitsExceeded()
    {
        Shell.Run(Connect + " -MaxRetries 0", Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress);
        Emulator.Control.AddFault(new FaultRule("GET", $"/v2/apps/{AppId}/keys", FaultKind.RateLimit, Count: 1) { Status = 429 });

        Shell.Run("Get-SmoochAppKey -AppId $args[0]", AppId);

        ErrorRecord error = Shell.Errors.Single();
        Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
        Assert.Equal(AppId, error.TargetObject);
    }

    [Fact]
    public void Requests_go_through_Proxy_and_an_unreachable_one_is_a_ConnectionError()
    {
        Shell.Run(Connect + " -MaxRetries 0 -TimeoutSec 10 -Proxy 'http://127.0.0.1:1'", Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress);
        Emulator.Control.ClearJournal();

        Shell.Run("Get-SmoochAppKey -AppId $args[0]", AppId);

        ErrorRecord error = Shell.Errors.Single();
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Equal(AppId, error.TargetObject);
        Assert.Empty(Requests());
    }

    [Fact]
    public void Connect_without_arguments_reads_the_environment()
    {
        var names = new[] { "SMOOCH_KEY_ID", "SMOOCH_SECRET", "SMOOCH_BASE_URI", "SMOOCH_CLIENT_ID", "SMOOCH_CLIENT_SECRET", "SMOOCH_ORGANIZATION_BASE_URI" };
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            foreach (string name in names)
            {
                Environment.SetEnvironmentVariable(name, null);
            }

            Environment.SetEnvironmentVariable("SMOOCH_KEY_ID", Emulator.AccountKeyId);
            Environment.SetEnvironmentVariable("SMOOCH_SECRET", Emulator.AccountSecret);
            Environment.SetEnvironmentVariable("SMOOCH_BASE_URI", Emulator.BaseAddress.ToString());
            Environment.SetEnvironmentVariable("SMOOCH_CLIENT_ID", Organization.ClientId);
            Environment.SetEnvironmentVariable("SMOOCH_CLIENT_SECRET", Organization.ClientSecret);

            var sessions = Shell.Run("Connect-Smooch -PassThru");
            var keys = Shell.Run("Get-SmoochAppKey -AppId $args[0]; Get-SmoochOrganizationServiceAccount -OrganizationId $args[1]", AppId, Organization.Id);

            Assert.Empty(Shell.Errors);
            Assert.Equal(new[] { "Sunshine", "Organization" }, sessions.Select(s => s.Properties["Api"].Value.ToString()));
            Assert.Contains(keys, k => k.TypeNames[0] == "Smooch.OrganizationServiceAccount");
        }
        finally
        {
            foreach (var pair in saved)
            {
                Environment.SetEnvironmentVariable(pair.Key, pair.Value);
            }
        }
    }

    [Fact]
    public void An_unusable_key_gives_one_PermissionDenied_error_per_input()
    {
        Shell.Run("Connect-Smooch -KeyId $args[0] -Secret (ConvertTo-SecureString -String 'wrong' -AsPlainText -Force) -BaseUri $args[1]", Emulator.AccountKeyId, Emulator.BaseAddress);

        Shell.Run("Get-SmoochAppKey -AppId $args[0], $args[1]", Emulator.Apps[0].AppId, Emulator.Apps[1].AppId);

        Assert.Equal(2, Shell.Errors.Count);
        Assert.All(Shell.Errors, e => Assert.Equal(ErrorCategory.PermissionDenied, e.CategoryInfo.Category));
        Assert.Equal(new object[] { Emulator.Apps[0].AppId, Emulator.Apps[1].AppId }, Shell.Errors.Select(e => e.TargetObject));
        Assert.DoesNotContain(Shell.Errors, e => e.ToString().Contains("wrong"));
    }
}
