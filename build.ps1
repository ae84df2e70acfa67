#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests, packages, publishes or demonstrates the Smooch module.
.DESCRIPTION
    Every task wraps the same dotnet steps CI uses, so the .NET 10 SDK is the only requirement
    besides PowerShell 7.4+. The staged, importable module lands in out/Smooch.
.PARAMETER Task
    Build    - dotnet build; stages out/Smooch.
    Test     - The whole suite: dotnet test (xunit on .NET 10, and the .NET Framework tests, under Mono outside
               Windows), the Pester 5 specs in tests/pester in this pwsh, then Package and the install specs in
               tests/install. Ends with one line of totals: "N passed, N failed[, N skipped]".
    Package  - Build in Release and write out/package/Smooch.<version>.nupkg for the PowerShell Gallery.
    Publish  - Package, then publish out/Smooch with Publish-PSResource (or Publish-Module).
    Demo     - Build, start the local emulator, import the module and run examples/Demo.ps1.
.PARAMETER Configuration
    Debug or Release (default Debug; Package and Publish always use Release).
.PARAMETER ApiKey
    The Gallery API key for Publish, as a SecureString.
.EXAMPLE
    ./build.ps1 -Task Demo
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test
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

# The .NET Framework test project runs under Mono outside Windows. A root shell with apt-get (CI, a fresh container)
# installs it; anywhere else the task stops and says how, rather than passing without those tests.
function Assert-NetFrameworkRunner {
    if ($IsWindows -or (Get-Command mono -ErrorAction Ignore)) { return }
    $isRoot = (Get-Command id -ErrorAction Ignore) -and (& id -u) -eq '0'
    if ($isRoot -and (Get-Command apt-get -ErrorAction Ignore)) {
        Write-Host 'Installing Mono (mono-complete) for the .NET Framework tests' -ForegroundColor Cyan
        $env:DEBIAN_FRONTEND = 'noninteractive'
        & apt-get update -qq
        & apt-get install -y -qq mono-complete | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "apt-get install mono-complete failed with exit code $LASTEXITCODE." }
        return
    }
    throw 'The .NET Framework (net472) tests need Mono outside Windows: install it (Debian/Ubuntu: sudo apt-get install mono-complete; macOS: brew install mono), then run the task again.'
}

# Sums VSTest's per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ...").
function Measure-DotnetTest([string[]] $Lines) {
    $totals = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 }
    foreach ($line in $Lines) {
        if ($line -match '^\s*(Passed|Failed)!\s+-\s+Failed:\s*(?<failed>\d+), Passed:\s*(?<passed>\d+), Skipped:\s*(?<skipped>\d+)') {
            $totals.Passed += [int]$Matches.passed; $totals.Failed += [int]$Matches.failed; $totals.Skipped += [int]$Matches.skipped
        }
    }
    [pscustomobject]$totals
}

# Each spec run gets a fresh pwsh (the same one running this script), so no module stays loaded in this session.
function Invoke-PesterSpecs([string] $Path) {
    Import-Module (Join-Path $root 'tests/pester/SmoochTestEmulator.psm1') -Function Get-PwshCommandLine
    $resultFile = [System.IO.Path]::GetTempFileName()
    try {
        $pwsh, $prefix = Get-PwshCommandLine
        & $pwsh @prefix -NoProfile -NonInteractive -File (Join-Path $root 'tests/pester/Invoke-PesterSpecs.ps1') -Path $Path -ResultFile $resultFile | Out-Host
        $passed, $failed, $skipped = ((Get-Content $resultFile -Raw) ?? '0 1 0').Trim() -split ' '
        [pscustomobject]@{ Passed = [int]$passed; Failed = [int]$failed; Skipped = [int]$skipped }
    }
    finally { Remove-Item $resultFile -ErrorAction Ignore }
}

function Invoke-Test {
    Assert-NetFrameworkRunner
    $results = [System.Collections.Generic.List[object]]::new()

    Write-Host "dotnet test -c $Configuration" -ForegroundColor Cyan
    & dotnet test (Join-Path $root 'Smooch.sln') -c $Configuration 2>&1 | ForEach-Object { "$_" } | Tee-Object -Variable lines | Out-Host
    $dotnetExit = $LASTEXITCODE
    $dotnet = Measure-DotnetTest $lines
    if ($dotnetExit -ne 0 -and $dotnet.Failed -eq 0) { $dotnet.Failed = 1 }
    if ($dotnet.Passed -eq 0) { Write-Warning 'dotnet test ran no test.'; $dotnet.Failed += 1 }
    $results.Add($dotnet)

    Write-Host 'Pester specs (tests/pester)' -ForegroundColor Cyan
    $results.Add((Invoke-PesterSpecs (Join-Path $root 'tests/pester')))

    Invoke-Package
    Write-Host 'Install specs (tests/install)' -ForegroundColor Cyan
    $results.Add((Invoke-PesterSpecs (Join-Path $root 'tests/install')))

    $passed = ($results | Measure-Object Passed -Sum).Sum
    $failed = ($results | Measure-Object Failed -Sum).Sum
    $skipped = ($results | Measure-Object Skipped -Sum).Sum
    Write-Host ''
    Write-Host ("$passed passed, $failed failed" + $(if ($skipped) { ", $skipped skipped" }))
    if ($failed -gt 0) { throw "$failed test(s) failed." }
}

function Invoke-Package {
    Invoke-Build -Configuration Release
    $repoName = 'SmoochLocalPackage'
    $folder = Join-Path $root 'out/package'
    Remove-Item (Join-Path $folder 'Smooch.*.nupkg') -ErrorAction Ignore
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
    # A free loopback port, so the demo never meets another emulator (or anything else) on a fixed one.
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
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
        $null = $emulator.WaitForExit(10000)
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
