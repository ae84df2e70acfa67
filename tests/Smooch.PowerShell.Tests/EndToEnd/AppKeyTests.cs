using System.Linq;
using System.Management.Automation;
using System.Security;

namespace Smooch.PowerShell.Tests.EndToEnd;

public class AppKeyTests : EmulatorTest
{
    public AppKeyTests(EmulatorFixture fixture)
        : base(fixture)
    {
        ConnectSunshine();
    }

    [Fact]
    public void A_new_key_shows_its_secret_once_as_SecureString_and_Get_never_shows_it()
    {
        PSObject created = Shell.Run("New-SmoochAppKey -AppId $args[0] -DisplayName 'ci'", AppId).Single();
        PSObject listed = Shell.Run("Get-SmoochAppKey -AppId $args[0] -DisplayName ci", AppId).Single();

        Assert.Equal("Smooch.AppKey", created.TypeNames[0]);
        Assert.IsType<SecureString>(created.Properties["Secret"].Value);
        Assert.True(((SecureString)created.Properties["Secret"].Value).Length >= 24);
        Assert.Equal(AppId, created.Properties["AppId"].Value);
        Assert.StartsWith("app_", (string)created.Properties["KeyId"].Value);
        Assert.Equal(created.Properties["KeyId"].Value, listed.Properties["KeyId"].Value);
        Assert.Null(listed.Properties["Secret"].Value);
    }

    [Fact]
    public void AsPlainText_opts_into_a_string_secret()
    {
        PSObject created = Shell.Run("New-SmoochAppKey -AppId $args[0] -DisplayName 'plain' -AsPlainText", AppId).Single();

        Assert.IsType<string>(created.Properties["Secret"].Value);
        Assert.True(((string)created.Properties["Secret"].Value).Length >= 24);
    }

    [Fact]
    public void Get_piped_to_Remove_deletes_every_key_by_property_name()
    {
        Shell.Run("$app = $args[0]; 1..3 | ForEach-Object { New-SmoochAppKey -AppId $app -DisplayName \"k$_\" }", AppId);
        Emulator.Control.ClearJournal();

        Shell.Run("Get-SmoochAppKey -AppId $args[0] | Remove-SmoochAppKey -Confirm:$false", AppId);

        Assert.Empty(Shell.Errors);
        Assert.Equal(3, Requests().Count(r => r.StartsWith("DELETE /v2/apps/" + AppId + "/keys/")));
        Assert.Empty(Shell.Run("Get-SmoochAppKey -AppId $args[0] -DisplayName 'k*'", AppId));
    }

    [Fact]
    public void WhatIf_sends_no_state_changing_request()
    {
        Shell.Run("New-SmoochAppKey -AppId $args[0] -DisplayName 'keep'", AppId);
        Emulator.Control.ClearJournal();

        Shell.Run("Get-SmoochAppKey -AppId $args[0] | Remove-SmoochAppKey -WhatIf; Get-SmoochAppKey -AppId $args[0] | Remove-SmoochAppKey -Force -WhatIf; New-SmoochAppKey -AppId $args[0] -DisplayName 'x' -WhatIf", AppId);

        Assert.Empty(Shell.Errors);
        Assert.All(Requests(), r => Assert.StartsWith("GET ", r));
        Assert.Single(Shell.Run("Get-SmoochAppKey -AppId $args[0] -DisplayName keep", AppId));
    }

    [Fact]
    public void Remove_asks_for_confirmation_and_Force_skips_the_prompt()
    {
        string keyId = (string)Shell.Run("New-SmoochAppKey -AppId $args[0] -DisplayName 'gone'", AppId).Single().Properties["KeyId"].Value;
        Emulator.Control.ClearJournal();

        // This host cannot prompt, so a cmdlet that asks for confirmation fails instead of deleting.
        Shell.Run("Remove-SmoochAppKey -AppId $args[0] -KeyId $args[1]", AppId, keyId);
        bool promptFailed = Shell.Errors.Count == 1 && Requests().Count == 0;
        Shell.Run("Remove-SmoochAppKey -AppId $args[0] -KeyId $args[1] -Force", AppId, keyId);

        Assert.True(promptFailed, "Remove without -Force must ask before deleting");
        Assert.Empty(Shell.Errors);
        Assert.Equal(new[] { $"DELETE /v2/apps/{AppId}/keys/{keyId}" }, Requests());
    }

    [Fact]
    public void A_missing_key_is_a_non_terminating_ObjectNotFound_error_targeting_the_key_id()
    {
        const string missing = "app_000000000000000000000000";

        var output = Shell.Run("Get-SmoochAppKey -AppId $args[0] -KeyId $args[1]; 'next statement ran'", AppId, missing);

        ErrorRecord error = Shell.Errors.Single();
        Assert.Equal("next statement ran", output.Single().ToString());
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(missing, error.TargetObject);
        Assert.StartsWith("not_found,", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void An_invalid_id_is_refused_before_any_request_naming_the_problem()
    {
        Emulator.Control.ClearJournal();

        Shell.Run("Get-SmoochAppKey -AppId 'not/an-id'");

        ErrorRecord error = Shell.Errors.Single();
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("not/an-id", error.TargetObject);
        Assert.Equal("-AppId must not contain '/'.", error.ErrorDetails.Message);
        Assert.Equal("-AppId must not contain '/'.", error.ToString());
        Assert.Empty(Requests());
    }

    [Fact]
    public void Keys_of_many_apps_come_in_input_order_and_one_failing_app_does_not_stop_the_rest()
    {
        string[] apps = Emulator.Apps.Select(a => a.AppId).ToArray();
        foreach (string app in apps)
        {
            Shell.Run("New-SmoochAppKey -AppId $args[0] -DisplayName 'ordered'", app);
        }

        const string unknownApp = "ffffffffffffffffffffffff";
        Emulator.Control.AddFault(new Smooch.Emulator.FaultRule("GET", $"/v2/apps/{apps[0]}/keys", Smooch.Emulator.FaultKind.Delay) { Delay = System.TimeSpan.FromMilliseconds(400) });

        var keys = Shell.Run("Get-SmoochAppKey -AppId $args[0], $args[1], $args[2], $args[3] -ThrottleLimit 4", apps[0], unknownApp, apps[1], apps[2]);

        Assert.Equal(new[] { apps[0], apps[1], apps[2] }, keys.Select(k => (string)k.Properties["AppId"].Value));
        ErrorRecord error = Shell.Errors.Single();
        Assert.Equal(unknownApp, error.TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void ThrottleLimit_bounds_the_requests_in_flight()
    {
        var apps = Emulator.Control.SeedApps(12, 0).Select(a => a.AppId).ToArray();
        Emulator.Control.Latency = System.TimeSpan.FromMilliseconds(60);
        Emulator.Control.ResetConcurrency();
        try
        {
            Shell.Run("$args | Get-SmoochAppKey -ThrottleLimit 3", apps.Cast<object>().ToArray());
        }
        finally
        {
            Emulator.Control.Latency = System.TimeSpan.Zero;
        }

        Assert.Empty(Shell.Errors);
        Assert.InRange(Emulator.Control.MaxConcurrentRequests, 2, 3);
    }

    [Fact]
    public void Verbose_shows_each_request_with_status_and_time_and_nothing_secret()
    {
        Shell.Run("New-SmoochAppKey -AppId $args[0] -DisplayName 'v' -AsPlainText -Verbose", AppId);
        var created = Shell.Run("New-SmoochAppKey -AppId $args[0] -DisplayName 'v2' -AsPlainText -Verbose", AppId).Single();
        string secret = (string)created.Properties["Secret"].Value;
        var lines = Shell.Verbose;

        Assert.Contains(lines, l => l.StartsWith($"POST /v2/apps/{AppId}/keys -> 201", System.StringComparison.Ordinal) && l.Contains(" ms"));
        Assert.DoesNotContain(lines, l => l.Contains(secret) || l.Contains(Emulator.AccountSecret) || l.Contains("Basic ") || l.Contains("Bearer "));
    }

    [Fact]
    public void Progress_is_written_only_for_many_inputs()
    {
        var many = Emulator.Control.SeedApps(12, 0).Select(a => (object)a.AppId).ToArray();

        Shell.Run("Get-SmoochAppKey -AppId $args[0]", AppId);
        int fewProgress = Shell.Progress.Count;
        Shell.Run("$args | Get-SmoochAppKey", many);

        Assert.Equal(0, fewProgress);
        Assert.Contains(Shell.Progress, p => p.RecordType == ProgressRecordType.Completed);
    }
}
