<#
.SYNOPSIS
    An example session against a Sunshine Conversations endpoint (the local emulator in build.ps1 -Task Demo).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [uri] $BaseUri,
    [Parameter(Mandatory)] [string] $KeyId,
    [Parameter(Mandatory)] [securestring] $Secret
)

$ErrorActionPreference = 'Stop'
Write-Warning 'The cmdlets are not built yet; this demo grows with them.'
