#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Importing the staged module (out/Smooch) in a fresh process: PowerShell 7.4+ (the pwsh running the specs)
# and, where it exists, Windows PowerShell 5.1.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    $script:manifestPath = Get-StagedModulePath
    $script:manifest = Import-PowerShellDataFile $script:manifestPath
    $script:expected = @($script:manifest.CmdletsToExport | Sort-Object)

    function Invoke-FreshWindowsPowerShell([string] $Script) {
        $output = & powershell.exe -NoProfile -NonInteractive -Command $Script
        if ($LASTEXITCODE -ne 0) { throw "powershell.exe failed with exit code $LASTEXITCODE`: $output" }
        @($output)
    }
}

Describe 'The staged module' {
    It 'imports on PowerShell 7.4 or later with its version and exactly the manifest cmdlets' -Skip:($PSVersionTable.PSVersion -lt [version]'7.4') {
        $lines = Invoke-FreshPwsh "`$m = Import-Module '$($script:manifestPath)' -PassThru -ErrorAction Stop; `$m.Version.ToString(); (`$m.ExportedCmdlets.Keys | Sort-Object) -join ','; `$m.ExportedFunctions.Count"

        $lines[0] | Should -Be ([version]$script:manifest.ModuleVersion).ToString()
        $lines[1].Split(',') | Should -Be $script:expected
        $lines[2] | Should -Be '0'
    }

    It 'loads its assemblies into its own load context on PowerShell 7' -Skip:($PSVersionTable.PSEdition -ne 'Core') {
        $lines = Invoke-FreshPwsh "Import-Module '$($script:manifestPath)' -ErrorAction Stop; [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext((Get-Command Connect-Smooch).ImplementingType.Assembly).Name"

        $lines[-1] | Should -Be 'Smooch'
    }

    It 'imports on Windows PowerShell 5.1 and exports the same cmdlets' -Skip:(-not (Get-Command powershell.exe -ErrorAction Ignore)) {
        $lines = Invoke-FreshWindowsPowerShell "Import-Module '$($script:manifestPath)' -ErrorAction Stop; (Get-Command -Module Smooch | Sort-Object Name).Name -join ','"

        $lines[-1].Split(',') | Should -Be $script:expected
    }
}
