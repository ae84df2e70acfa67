#Requires -Version 7.4
<#
.SYNOPSIS
    Runs the Pester 5 specs in this folder against the staged module (out/Smooch) and writes
    "passed failed skipped" to -ResultFile for .ci/run.
#>
[CmdletBinding()]
param(
    [string] $ResultFile
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module -ListAvailable -Name Pester | Where-Object Version -ge ([version]'5.0'))) {
    Install-Module -Name Pester -MinimumVersion 5.0 -Scope CurrentUser -Force -SkipPublisherCheck
}
Import-Module Pester -MinimumVersion 5.0

$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $configuration

if ($ResultFile) {
    "$($result.PassedCount) $($result.FailedCount) $($result.SkippedCount)" | Set-Content -Path $ResultFile
}
exit ([int]($result.FailedCount -gt 0 -or $result.Result -ne 'Passed'))
