using System;
using System.Linq;
using System.Management.Automation;

namespace Smooch.PowerShell.Tests;

public class ModuleImportTests
{
    [Fact]
    public void The_staged_module_imports_on_PowerShell_7_and_exports_exactly_its_manifest_cmdlets()
    {
        using var shell = new HostedPowerShell(importModule: false);

        var module = (PSModuleInfo)shell.Run("Import-Module -Name $args[0] -PassThru -ErrorAction Stop", RepositoryPaths.StagedManifest).Single().BaseObject;

        Assert.Empty(shell.Errors);
        Assert.Equal("Smooch", module.Name);
        Assert.Equal(ModuleManifest.Load(RepositoryPaths.StagedManifest).String("ModuleVersion"), module.Version.ToString(3));
        var expected = ModuleManifest.Load(RepositoryPaths.StagedManifest).Strings("CmdletsToExport").OrderBy(n => n, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(expected, module.ExportedCmdlets.Keys.OrderBy(n => n, StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Import-Module -Name $args[0] -Force -ErrorAction Stop")]
    [InlineData("Remove-Module Smooch -ErrorAction Stop; Import-Module -Name $args[0] -ErrorAction Stop")]
    public void Importing_again_keeps_every_cmdlet(string reimport)
    {
        using var shell = new HostedPowerShell();

        shell.Run(reimport, RepositoryPaths.StagedManifest);
        shell.Run(reimport, RepositoryPaths.StagedManifest);
        var exported = ((PSModuleInfo)shell.Run("Get-Module Smooch").Single().BaseObject).ExportedCmdlets.Keys;
        var callable = shell.Run("(Get-Command -Module Smooch -CommandType Cmdlet).Name").Select(o => o.BaseObject.ToString());

        Assert.Empty(shell.Errors);
        var expected = ModuleManifest.Load(RepositoryPaths.StagedManifest).Strings("CmdletsToExport").OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray();
        Assert.Equal(expected, exported.OrderBy(n => n, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(expected, callable.OrderBy(n => n, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_module_assembly_runs_in_the_private_load_context()
    {
        using var shell = new HostedPowerShell();

        var contextName = shell.Run(
            "[System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext([Smooch.LoadContext.SmoochLoadContext]::LoadModule($args[0])).Name",
            RepositoryPaths.StagedLib("net8.0")).Single().BaseObject;

        Assert.Empty(shell.Errors);
        Assert.Equal("Smooch", contextName);
    }
}
