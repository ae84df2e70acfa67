using System.Linq;
using System.Management.Automation;

namespace Smooch.PowerShell.Tests.EndToEnd;

public class SessionTests : EmulatorTest
{
    public SessionTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Get_SmoochSession_shows_address_api_mode_and_key_id_but_never_the_secret()
    {
        ConnectSunshine();

        PSObject session = Shell.Run("Get-SmoochSession").Single();

        Assert.Equal("Smooch.Session", session.TypeNames[0]);
        Assert.Equal("Sunshine", session.Properties["Api"].Value.ToString());
        Assert.Equal(Emulator.BaseAddress, session.Properties["BaseAddress"].Value);
        Assert.Equal("Basic", session.Properties["AuthMode"].Value);
        Assert.Equal(Emulator.AccountKeyId, session.Properties["KeyId"].Value);
        Assert.DoesNotContain(session.Properties, p => (p.Value?.ToString() ?? string.Empty).Contains(Emulator.AccountSecret));
    }

    [Fact]
    public void Without_a_session_a_cmdlet_stops_with_an_error_that_says_how_to_connect_and_sends_nothing()
    {
        Emulator.Control.ClearJournal();

        var caught = Shell.Run("try { Get-SmoochAppKey -AppId $args[0] } catch { $_ }", AppId).Single().BaseObject as ErrorRecord;

        Assert.NotNull(caught);
        Assert.StartsWith("NotConnected,", caught!.FullyQualifiedErrorId);
        Assert.Contains("Connect-Smooch", caught.Exception.Message);
        Assert.Empty(Requests());
    }

    [Fact]
    public void A_session_of_the_other_API_is_refused_clearly()
    {
        ConnectOrganizationApi();

        var caught = Shell.Run("try { Get-SmoochAppKey -AppId $args[0] -Session (Get-SmoochSession -Api Organization) } catch { $_ }", AppId).Single().BaseObject as ErrorRecord;

        Assert.NotNull(caught);
        Assert.StartsWith("WrongSessionApi,", caught!.FullyQualifiedErrorId);
        Assert.Contains("organization API", caught.Exception.Message);
    }

    [Fact]
    public void Both_APIs_can_be_connected_at_once_and_each_cmdlet_uses_its_own()
    {
        ConnectSunshine();
        ConnectOrganizationApi();

        var apis = Shell.Run("Get-SmoochSession").Select(s => s.Properties["Api"].Value.ToString()).ToList();
        var keys = Shell.Run("Get-SmoochAppKey -AppId $args[0]", AppId);
        var accounts = Shell.Run("Get-SmoochOrganizationServiceAccount -OrganizationId $args[0]", Organization.Id);

        Assert.Equal(new[] { "Sunshine", "Organization" }, apis);
        Assert.Empty(Shell.Errors);
        Assert.Single(accounts);
        Assert.NotNull(keys);
    }

    [Fact]
    public void Default_sessions_belong_to_their_runspace()
    {
        ConnectSunshine();
        Emulator.Control.SeedServiceAccounts(1);
        using var other = new HostedPowerShell();

        var inOther = other.Run("Get-SmoochSession");
        var caught = other.Run("try { Get-SmoochServiceAccount } catch { $_.FullyQualifiedErrorId }");
        other.Run(Connect, Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress);
        other.Run("Disconnect-Smooch");

        Assert.Empty(inOther);
        Assert.StartsWith("NotConnected,", caught.Single().ToString());
        Assert.Single(Shell.Run("Get-SmoochSession"));
        Assert.NotEmpty(Shell.Run("Get-SmoochServiceAccount -First 1"));
        Assert.Empty(Shell.Errors);
    }

    [Fact]
    public void Disconnect_closes_the_default_session()
    {
        ConnectSunshine();

        Shell.Run("Disconnect-Smooch");
        var caught = Shell.Run("Get-SmoochSession; try { Get-SmoochServiceAccount } catch { $_.FullyQualifiedErrorId }");

        Assert.StartsWith("NotConnected,", caught.Single().ToString());
    }

    [Fact]
    public void A_passed_through_session_works_with_Session_after_the_default_moved_on()
    {
        var first = Shell.Run(Connect + " -PassThru", Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress).Single();
        Shell.Run("Disconnect-Smooch -Api Sunshine; Connect-Smooch -KeyId $args[0] -Secret (ConvertTo-SecureString -String 'wrong' -AsPlainText -Force) -BaseUri $args[1]", Emulator.AccountKeyId, Emulator.BaseAddress);

        var withDefault = Shell.Run("Get-SmoochServiceAccount");
        var unauthorized = Shell.Errors.Single();
        Emulator.Control.ClearJournal();

        Assert.Equal("Smooch.Session", first.TypeNames[0]);
        Assert.Empty(withDefault);
        Assert.Equal(ErrorCategory.PermissionDenied, unauthorized.CategoryInfo.Category);
        Assert.Contains("SessionClosed", Shell.Run("try { Get-SmoochServiceAccount -Session $args[0] } catch { $_.FullyQualifiedErrorId }", first).Single().ToString());
    }

    [Fact]
    public void Reconnecting_keeps_a_session_the_user_holds_usable()
    {
        PSObject held = Shell.Run(Connect + " -PassThru", Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress).Single();
        Shell.Run(Connect, Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress);

        Shell.Run("Get-SmoochAppKey -AppId $args[0] -Session $args[1]", AppId, held);

        Assert.Empty(Shell.Errors);
        Assert.Equal(true, held.Properties["IsConnected"].Value);
    }

    [Fact]
    public void Jwt_auth_mode_signs_locally_and_works()
    {
        Shell.Run(Connect + " -AuthMode Jwt", Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress);

        var accounts = Shell.Run("Get-SmoochServiceAccount");
        var mode = Shell.Run("(Get-SmoochSession).AuthMode").Single().ToString();

        Assert.Empty(Shell.Errors);
        Assert.Equal("Jwt", mode);
        Assert.NotNull(accounts);
    }

    [Fact]
    public void Connect_with_conflicting_locations_fails_before_any_request()
    {
        Emulator.Control.ClearJournal();

        var caught = Shell.Run("try { " + Connect + " -Region EU } catch { $_ }", Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress).Single().BaseObject as ErrorRecord;

        Assert.NotNull(caught);
        Assert.StartsWith("InvalidConnectionArgument,", caught!.FullyQualifiedErrorId);
        Assert.Contains("-Region", caught.Exception.Message);
        Assert.Empty(Requests());
        Assert.Empty(Shell.Run("Get-SmoochSession"));
    }
}
