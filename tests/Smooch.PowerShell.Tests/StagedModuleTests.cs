using System;
using System.IO;
using System.Linq;

namespace Smooch.PowerShell.Tests;

public class StagedModuleTests
{
    private static readonly ModuleManifest s_staged = ModuleManifest.Load(RepositoryPaths.StagedManifest);

    [Fact]
    public void Every_file_the_manifest_names_is_staged()
    {
        var named = new[] { s_staged.String("RootModule")! }
            .Concat(s_staged.Strings("FormatsToProcess"))
            .Concat(s_staged.Strings("TypesToProcess"))
            .Concat(s_staged.Strings("NestedModules"))
            .Concat(s_staged.Strings("RequiredAssemblies"));

        foreach (string file in named)
        {
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.StagedModule, file)), $"out/Smooch/{file} is named by the manifest but missing");
        }
    }

    [Theory]
    [InlineData("net8.0", "Smooch.PowerShell.dll")]
    [InlineData("net8.0", "Smooch.Client.dll")]
    [InlineData("net8.0", "Smooch.LoadContext.dll")]
    [InlineData("net8.0", "RestSharp.dll")]
    [InlineData("net472", "Smooch.PowerShell.dll")]
    [InlineData("net472", "Smooch.Client.dll")]
    [InlineData("net472", "RestSharp.dll")]
    [InlineData("net472", "System.Text.Json.dll")]
    public void Both_flavours_ship_the_module_and_its_dependencies(string framework, string file)
    {
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.StagedLib(framework), file)), $"lib/{framework}/{file} is missing");
    }

    [Fact]
    public void The_loader_and_help_are_staged()
    {
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Smooch.psm1")),
            File.ReadAllText(Path.Combine(RepositoryPaths.StagedModule, "Smooch.psm1")));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.StagedModule, "en-US", "about_Smooch.help.txt")));
    }

    [Fact]
    public void The_license_is_staged()
    {
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "LICENSE")),
            File.ReadAllText(Path.Combine(RepositoryPaths.StagedModule, "LICENSE")));
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net472")]
    public void Nothing_that_PowerShell_provides_is_shipped(string framework)
    {
        string[] files = Directory.GetFiles(RepositoryPaths.StagedLib(framework)).Select(Path.GetFileName).ToArray()!;
        Assert.DoesNotContain(files, f => f.StartsWith("System.Management.Automation", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(files, f => f.StartsWith("Microsoft.PowerShell.", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(files, f => f.StartsWith("Microsoft.Management.Infrastructure", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(files, f => f.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase));
        if (framework == "net8.0")
        {
            // PowerShell 7.4 runs on .NET 8, which brings System.Text.Json itself.
            Assert.DoesNotContain("System.Text.Json.dll", files);
        }
    }

    [Fact]
    public void CmdletsToExport_is_exactly_the_cmdlets_in_the_assembly()
    {
        using var metadata = ModuleAssemblyMetadata.Open();

        var inAssembly = metadata.Cmdlets().Keys.OrderBy(n => n, StringComparer.OrdinalIgnoreCase);
        var exported = s_staged.Strings("CmdletsToExport").OrderBy(n => n, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(inAssembly, exported, StringComparer.OrdinalIgnoreCase);
    }
}
