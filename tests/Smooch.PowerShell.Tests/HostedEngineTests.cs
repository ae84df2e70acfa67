using System.Linq;

namespace Smooch.PowerShell.Tests;

/// <summary>
/// The hosted engine comes from Microsoft.PowerShell.SDK, so test scripts can use the standard modules a user has
/// (Microsoft.PowerShell.Utility, Management, Security) instead of .NET stand-ins.
/// </summary>
public class HostedEngineTests
{
    [Theory]
    [InlineData("ConvertTo-SecureString", "Microsoft.PowerShell.Security")]
    [InlineData("Select-Object", "Microsoft.PowerShell.Utility")]
    [InlineData("New-TimeSpan", "Microsoft.PowerShell.Utility")]
    [InlineData("Write-Host", "Microsoft.PowerShell.Utility")]
    [InlineData("Resolve-Path", "Microsoft.PowerShell.Management")]
    public void The_hosted_engine_has_the_standard_cmdlets(string name, string module)
    {
        using var shell = new HostedPowerShell(importModule: false);

        var found = shell.Run("Get-Command -Name $args[0] -CommandType Cmdlet -ErrorAction SilentlyContinue", name).SingleOrDefault();

        Assert.Empty(shell.Errors);
        Assert.NotNull(found);
        Assert.Equal(module, found!.Properties["ModuleName"].Value);
    }

    [Fact]
    public void A_standard_cmdlet_runs_in_the_hosted_engine()
    {
        using var shell = new HostedPowerShell(importModule: false);

        int length = shell.One<int>("(ConvertTo-SecureString -String 'abc' -AsPlainText -Force).Length");

        Assert.Empty(shell.Errors);
        Assert.Equal(3, length);
    }
}
