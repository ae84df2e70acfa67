using System;
using System.Linq;

namespace Smooch.PowerShell.Tests.EndToEnd;

public class CompletionTests : EmulatorTest
{
    private const string Complete = "(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object { $_.CompletionText }";

    public CompletionTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Not_connected_completes_nothing_and_sends_nothing()
    {
        Emulator.Control.ClearJournal();

        var matches = Shell.Run(Complete, "Get-SmoochAppKey -AppId ");

        Assert.DoesNotContain(matches.Select(m => m.ToString()), m => Emulator.Apps.Any(a => a.AppId == m));
        Assert.Empty(Requests());
    }

    [Fact]
    public void App_ids_complete_from_the_session_and_a_second_Tab_uses_the_cache()
    {
        ConnectSunshine();
        Emulator.Control.ClearJournal();

        var first = Shell.Run(Complete, "Get-SmoochAppKey -AppId ").Select(m => m.ToString()).ToList();
        int requestsAfterFirst = Requests().Count;
        var second = Shell.Run(Complete, "Remove-SmoochAppKey -AppId " + AppId.Substring(0, 4)).Select(m => m.ToString()).ToList();

        Assert.Equal(Emulator.Apps.Select(a => a.AppId).OrderBy(a => a, StringComparer.Ordinal), first.OrderBy(a => a, StringComparer.Ordinal));
        Assert.Contains(AppId, second);
        Assert.All(second, id => Assert.StartsWith(AppId.Substring(0, 4), id));
        Assert.True(requestsAfterFirst >= 1);
        Assert.Equal(requestsAfterFirst, Requests().Count);
    }

    [Fact]
    public void Key_ids_complete_for_the_typed_app()
    {
        ConnectSunshine();
        string keyId = (string)Shell.Run("New-SmoochAppKey -AppId $args[0] -DisplayName 'tab'", AppId).Single().Properties["KeyId"].Value;

        var matches = Shell.Run(Complete, $"Remove-SmoochAppKey -AppId {AppId} -KeyId ").Select(m => m.ToString()).ToList();

        Assert.Equal(new[] { keyId }, matches);
    }

    [Fact]
    public void Integration_ids_complete_with_custom_integrations_only()
    {
        ConnectSunshine();

        var matches = Shell.Run(Complete, $"Get-SmoochIntegrationKey -AppId {AppId} -IntegrationId ").Select(m => m.ToString()).ToList();

        Assert.Equal(Emulator.Apps[0].CustomIntegrationIds, matches);
    }

    [Fact]
    public void Organization_service_accounts_and_credentials_complete()
    {
        ConnectOrganizationApi();

        var accounts = Shell.Run(Complete, $"Get-SmoochOrganizationCredential -OrganizationId {Organization.Id} -ServiceAccountId ").Select(m => m.ToString()).ToList();
        var credentials = Shell.Run(Complete, $"Remove-SmoochOrganizationCredential -OrganizationId {Organization.Id} -ServiceAccountId {Organization.ServiceAccountId} -CredentialId ").Select(m => m.ToString()).ToList();
        Shell.Run("Get-SmoochOrganizationServiceAccount -OrganizationId $args[0]", Organization.Id);
        var organizations = Shell.Run(Complete, "Get-SmoochOrganizationServiceAccount -OrganizationId ").Select(m => m.ToString()).ToList();

        Assert.Equal(new[] { Organization.ServiceAccountId }, accounts);
        Assert.Equal(new[] { Organization.CredentialId }, credentials);
        Assert.Contains(Organization.Id, organizations);
    }
}
