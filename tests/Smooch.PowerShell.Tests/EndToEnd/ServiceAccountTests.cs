using System.Linq;
using System.Management.Automation;
using System.Security;

namespace Smooch.PowerShell.Tests.EndToEnd;

public class ServiceAccountTests : EmulatorTest
{
    public ServiceAccountTests(EmulatorFixture fixture)
        : base(fixture)
    {
        ConnectSunshine();
    }

    [Fact]
    public void Create_rename_key_jwt_and_remove_through_the_pipeline()
    {
        PSObject account = Shell.Run("New-SmoochServiceAccount -Name 'e2e-bot'").Single();
        PSObject key = Shell.Run("$args[0] | New-SmoochServiceAccountKey -Name 'k1'", account).Single();
        PSObject renamed = Shell.Run("$args[0] | Set-SmoochServiceAccount -Name 'e2e-renamed' -PassThru", account).Single();
        var keys = Shell.Run("Get-SmoochServiceAccount -Name 'e2e-*' | Get-SmoochServiceAccountKey");
        PSObject jwt = Shell.Run("$args[0] | Get-SmoochServiceAccountJwt", key).Single();
        Shell.Run("Get-SmoochServiceAccount -Name 'e2e-*' | Remove-SmoochServiceAccount -Force");

        Assert.Empty(Shell.Errors);
        Assert.Equal("Smooch.ServiceAccount", account.TypeNames[0]);
        Assert.Equal("Smooch.ServiceAccountKey", key.TypeNames[0]);
        Assert.IsType<SecureString>(key.Properties["Secret"].Value);
        Assert.Equal("e2e-renamed", renamed.Properties["Name"].Value);
        Assert.Equal(key.Properties["KeyId"].Value, keys.Single().Properties["KeyId"].Value);
        Assert.Null(keys.Single().Properties["Secret"].Value);
        Assert.Equal("Smooch.ServerJwt", jwt.TypeNames[0]);
        Assert.IsType<SecureString>(jwt.Properties["Token"].Value);
        Assert.Empty(Shell.Run("Get-SmoochServiceAccount -Name 'e2e-*'"));
    }

    [Fact]
    public void Lists_stream_every_page_and_First_stops_fetching_early()
    {
        Emulator.Control.SeedServiceAccounts(230);
        Emulator.Control.ClearJournal();

        int all = Shell.Run("Get-SmoochServiceAccount").Count;
        int pagesForAll = Requests().Count;
        Emulator.Control.ClearJournal();
        var firstFive = Shell.Run("Get-SmoochServiceAccount -Skip 2 -First 5");

        Assert.Equal(230, all);
        Assert.True(pagesForAll >= 3, $"230 accounts in pages of at most 100 need 3 requests; saw {pagesForAll}");
        Assert.Equal(5, firstFive.Count);
        Assert.Single(Requests());
    }

    [Fact]
    public void IncludeTotalCount_reports_every_item()
    {
        Emulator.Control.SeedServiceAccounts(7);

        var output = Shell.Run("$o = Get-SmoochServiceAccount -First 2 -IncludeTotalCount; $o.Count; [string]$o[2]; $o[0].pstypenames[0]");

        Assert.Empty(Shell.Errors);
        Assert.Equal(3, (int)output[0].BaseObject);
        Assert.Contains("7", (string)output[1].BaseObject);
        Assert.Equal("Smooch.ServiceAccount", output[2].BaseObject);
    }

    [Fact]
    public void Wildcards_filter_ids_and_names_on_the_list()
    {
        var ids = Emulator.Control.SeedServiceAccounts(5);
        string prefix = ids[2].Substring(0, 20);

        var byId = Shell.Run("Get-SmoochServiceAccount -ServiceAccountId $args[0]", prefix + "*");
        var byExact = Shell.Run("Get-SmoochServiceAccount $args[0]", ids[3]);
        var byName = Shell.Run("Get-SmoochServiceAccount -Name 'no such name*'");

        Assert.Contains(byId, o => (string)o.Properties["ServiceAccountId"].Value == ids[2]);
        Assert.All(byId, o => Assert.StartsWith(prefix, (string)o.Properties["ServiceAccountId"].Value));
        Assert.Equal(ids[3], byExact.Single().Properties["ServiceAccountId"].Value);
        Assert.Empty(byName);
    }

    [Fact]
    public void Removing_many_accounts_reports_each_failure_and_removes_the_rest()
    {
        var ids = Emulator.Control.SeedServiceAccounts(3);
        const string unknown = "eeeeeeeeeeeeeeeeeeeeeeee";

        Shell.Run("$args | Remove-SmoochServiceAccount -Force", ids[0], unknown, ids[1], ids[2]);

        ErrorRecord error = Shell.Errors.Single();
        Assert.Equal(unknown, error.TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Empty(Shell.Run("$args | Get-SmoochServiceAccount -ErrorAction SilentlyContinue", ids[0], ids[1], ids[2]));
    }
}
