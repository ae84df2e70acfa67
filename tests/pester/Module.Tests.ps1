#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Importing the staged module (out/Smooch) on PowerShell 7.4+ and, where it exists, on Windows PowerShell 5.1.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    $script:manifestPath = Get-StagedModulePath
    $script:manifest = Import-PowerShellDataFile $script:manifestPath
}

Describe 'The staged module' {
    It 'imports on PowerShell 7.4 or later and exports exactly the manifest cmdlets' -Skip:($PSVersionTable.PSVersion -lt [version]'7.4') {
        $module = Import-Module $script:manifestPath -Force -PassThru

        $module.Name | Should -Be 'Smooch'
        $module.Version | Should -Be ([version]$script:manifest.ModuleVersion)
        @($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($script:manifest.CmdletsToExport | Sort-Object)
        $module.ExportedFunctions.Count | Should -Be 0
    }

    It 'loads its assemblies into its own load context on PowerShell 7' -Skip:($PSVersionTable.PSEdition -ne 'Core') {
        Import-Module $script:manifestPath -Force
        $assembly = (Get-Command Connect-Smooch).ImplementingType.Assembly

        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($assembly).Name | Should -Be 'Smooch'
    }

    It 'imports on Windows PowerShell 5.1 and exports the same cmdlets' -Skip:(-not (Get-Command powershell.exe -ErrorAction Ignore)) {
        $script = "Import-Module '$($script:manifestPath)' -ErrorAction Stop; (Get-Command -Module Smooch).Name -join ','"

        $names = & powershell.exe -NoProfile -NonInteractive -Command $script

        $LASTEXITCODE | Should -Be 0
        @(($names -join '').Split(',') | Sort-Object) | Should -Be @($script:manifest.CmdletsToExport | Sort-Object)
    }
}
