using System;
using System.Linq;

namespace Smooch.PowerShell.Tests.Metadata;

/// <summary>Windows PowerShell 5.1 (lib/net472) gets the same cmdlets and parameters as PowerShell 7 (lib/net8.0).</summary>
public class FlavourParityTests
{
    [Fact]
    public void Both_flavours_have_the_same_cmdlets_and_parameters()
    {
        using var core = ModuleAssemblyMetadata.Open("net8.0");
        using var desktop = ModuleAssemblyMetadata.Open("net472");

        Assert.Equal(Describe(core), Describe(desktop));
    }

    private static string[] Describe(ModuleAssemblyMetadata metadata) => metadata.Cmdlets()
        .Select(c => new CmdletShape(c.Key, c.Value))
        .SelectMany(c => c.Parameters.Select(p => $"{c.Name} -{p.Name} [{p.Type.Name}]"))
        .OrderBy(s => s, StringComparer.Ordinal)
        .ToArray();
}
