#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests, packages, publishes or demonstrates the Smooch module.
.DESCRIPTION
    Every task wraps the same dotnet steps CI uses, so the .NET 10 SDK is the only requirement
    besides PowerShell 7.4+. The staged, importable module lands in out/Smooch.
.PARAMETER Task
    Build    - dotnet build; stages out/Smooch.
    Test     - dotnet test (the whole xunit suite), then the Pester 5 specs in tests/pester.
    Package  - Build in Release and write out/Smooch.<version>.nupkg for the PowerShell Gallery.
    Publish  - Package, then publish out/Smooch with Publish-PSResource (or Publish-Module).
    Demo     - Build, start the local emulator, import the module and run examples/Demo.ps1.
.PARAMETER Configuration
    Debug or Release (default Debug; Package and Publish always use Release).
.PARAMETER ApiKey
    The Gallery API key for Publish, as a SecureString.
.EXAMPLE
    ./build.ps1 -Task Demo
.EXAMPLE
    ./build.ps1 -Task Publish -ApiKey (Read-Host -AsSecureString 'Gallery API key')
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Publish', 'Demo')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',

    [securestring] $ApiKey,

    [string] $Repository = 'PSGallery'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$staged = Join-Path $root 'out/Smooch'

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    Write-Host "dotnet $Arguments" -ForegroundColor Cyan
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE" }
}

function Invoke-Build {
    param([string] $Configuration)
    Invoke-Dotnet build (Join-Path $root 'Smooch.sln') -c $Configuration
}

function Invoke-Test {
    Invoke-Dotnet test (Join-Path $root 'Smooch.sln') -c $Configuration
    if (Get-Module -ListAvailable -Name Pester | Where-Object Version -ge ([version]'5.0')) {
        & (Join-Path $root 'tests/pester/Invoke-PesterSpecs.ps1')
        if ($LASTEXITCODE -ne 0) { throw 'Pester specs failed.' }
    }
    else {
        Write-Warning 'Pester 5 is not installed; the engine-level specs in tests/pester were not run (Install-Module Pester -MinimumVersion 5.0).'
    }
}

function Invoke-Package {
    Invoke-Build -Configuration Release
    $repoName = 'SmoochLocalPackage'
    $folder = Join-Path $root 'out/package'
    $null = New-Item -ItemType Directory -Force -Path $folder
    if (-not (Get-PSResourceRepository -Name $repoName -ErrorAction SilentlyContinue)) {
        Register-PSResourceRepository -Name $repoName -Uri $folder -Trusted
    }
    try { Publish-PSResource -Path $staged -Repository $repoName }
    finally { Unregister-PSResourceRepository -Name $repoName }
    Get-ChildItem $folder -Filter 'Smooch.*.nupkg'
}

function Invoke-Publish {
    if (-not $ApiKey) { throw 'Publish needs -ApiKey (a SecureString with the Gallery API key).' }
    Invoke-Build -Configuration Release
    $plainKey = [System.Net.NetworkCredential]::new('', $ApiKey).Password
    if (Get-Command Publish-PSResource -ErrorAction SilentlyContinue) {
        Publish-PSResource -Path $staged -Repository $Repository -ApiKey $plainKey
    }
    else {
        Publish-Module -Path $staged -Repository $Repository -NuGetApiKey $plainKey
    }
}

function Invoke-Demo {
    Invoke-Build -Configuration $Configuration
    $port = 5080
    $keyId = 'act_' + -join ((1..24) | ForEach-Object { '{0:x}' -f (Get-Random -Maximum 16) })
    $secret = [Convert]::ToBase64String([System.Security.Cryptography.RandomNumberGenerator]::GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_')
    # The built emulator is started directly (not through 'dotnet run', whose child process would outlive Stop-Process).
    $emulatorDll = Join-Path $root "src/Smooch.Emulator/bin/$Configuration/net10.0/Smooch.Emulator.dll"
    $emulatorArgs = @("`"$emulatorDll`"", '--urls', "http://127.0.0.1:$port", '--apps', '1', '--custom-integrations', '1')
    $env:SMOOCH_EMULATOR_ACCOUNT_KEY = "${keyId}:$secret"
    $emulator = Start-Process dotnet -ArgumentList $emulatorArgs -PassThru -NoNewWindow -RedirectStandardOutput (Join-Path $root 'out/emulator.log')
    try {
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while ($true) {
            try { $null = Invoke-WebRequest "http://127.0.0.1:$port/_emulator/health" -UseBasicParsing; break }
            catch { if ([DateTime]::UtcNow -gt $deadline) { throw "The emulator did not start on port $port; see out/emulator.log." }; Start-Sleep -Milliseconds 200 }
        }
        Import-Module (Join-Path $staged 'Smooch.psd1') -Force
        & (Join-Path $root 'examples/Demo.ps1') -BaseUri "http://127.0.0.1:$port" -KeyId $keyId -Secret ([System.Net.NetworkCredential]::new('', $secret).SecurePassword)
    }
    finally {
        Remove-Item Env:SMOOCH_EMULATOR_ACCOUNT_KEY -ErrorAction SilentlyContinue
        Stop-Process -Id $emulator.Id -ErrorAction SilentlyContinue
        Write-Host 'Emulator stopped.'
    }
}

switch ($Task) {
    'Build' { Invoke-Build -Configuration $Configuration }
    'Test' { Invoke-Build -Configuration $Configuration; Invoke-Test }
    'Package' { Invoke-Package }
    'Publish' { Invoke-Publish }
    'Demo' { Invoke-Demo }
}
