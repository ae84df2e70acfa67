using System.Linq;
using System.Management.Automation;
using System.Security;

namespace Smooch.PowerShell.Tests.EndToEnd;

public class IntegrationKeyTests : EmulatorTest
{
    public IntegrationKeyTests(EmulatorFixture fixture)
        : base(fixture)
    {
        ConnectSunshine();
    }

    private string IntegrationId => Emulator.Apps[0].CustomIntegrationIds[0];

    [Fact]
    public void New_Get_and_Remove_through_the_pipeline()
    {
        PSObject created = Shell.Run("New-SmoochIntegrationKey -AppId $args[0] -IntegrationId $args[1] -DisplayName 'int-e2e'", AppId, IntegrationId).Single();
        var listed = Shell.Run("Get-SmoochIntegrationKey -AppId $args[0] -IntegrationId $args[1] -DisplayName 'int-*'", AppId, IntegrationId);
        Shell.Run("Get-SmoochIntegrationKey -AppId $args[0] -IntegrationId $args[1] | Remove-SmoochIntegrationKey -Confirm:$false", AppId, IntegrationId);

        Assert.Empty(Shell.Errors);
        Assert.Equal("Smooch.IntegrationKey", created.TypeNames[0]);
        Assert.IsType<SecureString>(created.Properties["Secret"].Value);
        Assert.Equal(IntegrationId, listed.Single().Properties["IntegrationId"].Value);
        Assert.Null(listed.Single().Properties["Secret"].Value);
        Assert.Empty(Shell.Run("Get-SmoochIntegrationKey -AppId $args[0] -IntegrationId $args[1]", AppId, IntegrationId));
    }

    [Fact]
    public void A_non_custom_integration_is_an_InvalidArgument_error()
    {
        Shell.Run("Get-SmoochIntegrationKey -AppId $args[0] -IntegrationId $args[1]", AppId, Emulator.Apps[0].NonCustomIntegrationId);

        ErrorRecord error = Shell.Errors.Single();
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(Emulator.Apps[0].NonCustomIntegrationId, error.TargetObject);
    }
}
