#Requires -Version 7.4
<#
.SYNOPSIS
    Runs Pester 5 specs against the staged module (out/Smooch) and writes "passed failed skipped" to -ResultFile.
.PARAMETER Path
    The spec folders or files; the default is this folder. tests/install needs out/package (./build.ps1 -Task Package).
#>
[CmdletBinding()]
param(
    [string[]] $Path = @($PSScriptRoot),
    [string] $ResultFile
)

$ErrorActionPreference = 'Stop'
# Pester comes from NuGet (build/tools/TestTools.csproj restores it under out/tools), not from the Gallery.
$repositoryRoot = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../..'))
$pesterManifest = Get-ChildItem (Join-Path $repositoryRoot 'out/tools/pester/*/tools/Pester.psd1') -ErrorAction Ignore |
    Sort-Object { [version]$_.Directory.Parent.Name } -Descending | Select-Object -First 1
if (-not $pesterManifest) {
    & dotnet restore (Join-Path $repositoryRoot 'build/tools/TestTools.csproj') --verbosity quiet
    if ($LASTEXITCODE -ne 0) { throw "Restoring Pester from NuGet failed with exit code $LASTEXITCODE." }
    $pesterManifest = Get-ChildItem (Join-Path $repositoryRoot 'out/tools/pester/*/tools/Pester.psd1') | Select-Object -First 1
}
Import-Module $pesterManifest.FullName -Force

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $configuration

if ($ResultFile) {
    "$($result.PassedCount) $($result.FailedCount) $($result.SkippedCount)" | Set-Content -Path $ResultFile
}
exit ([int]($result.FailedCount -gt 0 -or $result.Result -ne 'Passed'))
