using System.Linq;
using System.Management.Automation;
using System.Security;

namespace Smooch.PowerShell.Tests.EndToEnd;

public class OrganizationTests : EmulatorTest
{
    public OrganizationTests(EmulatorFixture fixture)
        : base(fixture)
    {
        ConnectOrganizationApi();
    }

    [Fact]
    public void Service_accounts_pipe_into_their_credentials()
    {
        var credentials = Shell.Run("Get-SmoochOrganizationServiceAccount -OrganizationId $args[0] | Get-SmoochOrganizationCredential", Organization.Id);

        Assert.Empty(Shell.Errors);
        PSObject credential = credentials.Single();
        Assert.Equal("Smooch.OrganizationCredential", credential.TypeNames[0]);
        Assert.Equal(Organization.CredentialId, credential.Properties["CredentialId"].Value);
        Assert.Equal(Organization.ClientId, credential.Properties["ClientId"].Value);
        Assert.Equal(Organization.ServiceAccountId, credential.Properties["ServiceAccountId"].Value);
        Assert.Null(credential.Properties["ClientSecret"].Value);
    }

    [Fact]
    public void Full_lifecycle_with_secret_once_and_updates()
    {
        PSObject account = Shell.Run("New-SmoochOrganizationServiceAccount -OrganizationId $args[0] -Name 'robot' -Description 'e2e'", Organization.Id).Single();
        PSObject credential = Shell.Run("$args[0] | New-SmoochOrganizationCredential -Name 'ci'", account).Single();
        PSObject updated = Shell.Run("$args[0] | Set-SmoochOrganizationServiceAccount -Description 'changed' -PassThru", account).Single();
        PSObject renamed = Shell.Run("$args[0] | Set-SmoochOrganizationCredential -Name 'ci-2' -PassThru", credential).Single();
        var expanded = Shell.Run("$args[0] | Get-SmoochOrganizationCredential -ExpandPermissions", account);
        Shell.Run("$args[0] | Remove-SmoochOrganizationCredential -Force; $args[1] | Remove-SmoochOrganizationServiceAccount -Force", credential, account);

        Assert.Empty(Shell.Errors);
        Assert.Equal("Smooch.OrganizationServiceAccount", account.TypeNames[0]);
        Assert.IsType<SecureString>(credential.Properties["ClientSecret"].Value);
        Assert.Equal("changed", updated.Properties["Description"].Value);
        Assert.Equal("ci-2", renamed.Properties["Name"].Value);
        Assert.Single(expanded);
        Assert.Empty(Shell.Run("Get-SmoochOrganizationServiceAccount -OrganizationId $args[0] -Name robot", Organization.Id));
    }

    [Fact]
    public void Set_writes_nothing_without_PassThru_and_refuses_an_empty_change_before_any_request()
    {
        var quiet = Shell.Run("Set-SmoochOrganizationServiceAccount -OrganizationId $args[0] -ServiceAccountId $args[1] -Description 'quiet'", Organization.Id, Organization.ServiceAccountId);
        Assert.Empty(Shell.Errors);
        Emulator.Control.ClearJournal();

        var nothing = Shell.Run("Set-SmoochOrganizationCredential -OrganizationId $args[0] -ServiceAccountId $args[1] -CredentialId $args[2]", Organization.Id, Organization.ServiceAccountId, Organization.CredentialId);

        Assert.Empty(quiet);
        Assert.Empty(nothing);
        ErrorRecord error = Assert.Single(Shell.Errors);
        Assert.Equal("NothingToChange,Smooch.PowerShell.Commands.SetSmoochOrganizationCredentialCommand", error.FullyQualifiedErrorId);
        Assert.Equal(Organization.CredentialId, error.TargetObject);
        Assert.Empty(Requests());
    }

    [Fact]
    public void One_service_account_streams_its_credentials_page_by_page()
    {
        Emulator.Control.SeedOrganizationCredentials(Organization.Id, Organization.ServiceAccountId, 250);
        Emulator.Control.ClearJournal();

        var first = Shell.Run("Get-SmoochOrganizationCredential -OrganizationId $args[0] -ServiceAccountId $args[1] -First 3", Organization.Id, Organization.ServiceAccountId);
        int requestsForFirst = Requests().Count(r => r.Contains("/credentials"));
        int all = Shell.Run("Get-SmoochOrganizationCredential -OrganizationId $args[0] -ServiceAccountId $args[1]", Organization.Id, Organization.ServiceAccountId).Count;

        Assert.Equal(3, first.Count);
        Assert.Equal(1, requestsForFirst);
        Assert.Equal(251, all);
    }

    [Fact]
    public void A_Sunshine_cmdlet_says_it_needs_the_Sunshine_API()
    {
        string id = Shell.Run("try { Get-SmoochServiceAccount } catch { $_.FullyQualifiedErrorId }").Single().ToString();

        Assert.StartsWith("NotConnected,", id);
    }
}
