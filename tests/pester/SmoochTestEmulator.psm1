<#
    Starts and drives the local emulator (src/Smooch.Emulator) for the Pester specs: a separate process on a free
    loopback port with a known account key, plus helpers for its /_emulator control endpoints.
#>
Set-StrictMode -Version 3.0

$script:RepositoryRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path

function ConvertTo-TestSecureString([string] $Value) {
    ConvertTo-SecureString -String $Value -AsPlainText -Force
}

# The specs import the module without -Force: all spec files share one session and its default connections.
function Get-StagedModulePath {
    $manifest = Join-Path $script:RepositoryRoot 'out/Smooch/Smooch.psd1'
    if (-not (Test-Path $manifest)) {
        throw "The staged module $manifest does not exist; run 'dotnet build' at the repository root first."
    }
    $manifest
}

function Get-FreeLoopbackPort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port }
    finally { $listener.Stop() }
}

function New-TestKeyId([string] $Prefix) {
    $Prefix + [Guid]::NewGuid().ToString('N').Substring(0, 24)
}

function Start-SmoochTestEmulator {
    <#
        Returns @{ BaseUri; KeyId; Secret (SecureString); Organizations (Id, ClientId, ClientSecret as SecureString,
        ServiceAccountId); Process; LogFile }. -Organization takes ids such as 'acme'.
    #>
    param([string[]] $Organization = @())

    $port = Get-FreeLoopbackPort
    $keyId = New-TestKeyId 'act_'
    $secretText = [Convert]::ToBase64String([System.Security.Cryptography.RandomNumberGenerator]::GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_')
    $log = Join-Path ([System.IO.Path]::GetTempPath()) "smooch-emulator-$port.log"

    $emulatorArgs = @('--urls', "http://127.0.0.1:$port", '--apps', '1', '--custom-integrations', '1')
    foreach ($org in $Organization) { $emulatorArgs += @('--organization', $org) }
    $project = Join-Path $script:RepositoryRoot 'src/Smooch.Emulator'
    $built = @('Debug', 'Release') | ForEach-Object { Join-Path $project "bin/$_/net10.0/Smooch.Emulator.dll" } | Where-Object { Test-Path $_ } | Select-Object -First 1
    $dotnetArgs = if ($built) { @($built) + $emulatorArgs } else { @('run', '--project', $project, '--') + $emulatorArgs }
    # Start-Process joins the arguments with spaces, so a path with a space needs quotes of its own.
    $dotnetArgs = $dotnetArgs | ForEach-Object { if ($_ -match '\s') { '"' + $_ + '"' } else { $_ } }

    $env:SMOOCH_EMULATOR_ACCOUNT_KEY = "${keyId}:$secretText"
    try {
        $process = Start-Process -FilePath 'dotnet' -ArgumentList $dotnetArgs -PassThru -RedirectStandardOutput $log -RedirectStandardError "$log.err"
    }
    finally {
        Remove-Item Env:SMOOCH_EMULATOR_ACCOUNT_KEY -ErrorAction SilentlyContinue
    }

    $baseUri = "http://127.0.0.1:$port"
    # Generous: without a built emulator, 'dotnet run' compiles it first.
    $deadline = [DateTime]::UtcNow.AddSeconds(180)
    while ($true) {
        if ($process.HasExited) { throw "The emulator exited with code $($process.ExitCode): $(Get-Content "$log.err" -Raw)" }
        try {
            $health = Invoke-RestMethod -Uri "$baseUri/_emulator/health" -TimeoutSec 2
            $banner = Get-Content $log -Raw -ErrorAction SilentlyContinue
            if ($health.status -eq 'ok' -and $banner -and ($Organization.Count -eq 0 -or ([regex]::Matches($banner, 'client secret').Count -ge $Organization.Count))) { break }
        }
        catch { }
        if ([DateTime]::UtcNow -gt $deadline) { Stop-Process -Id $process.Id -ErrorAction SilentlyContinue; throw "The emulator did not start on $baseUri within 180 s; see $log." }
        Start-Sleep -Milliseconds 200
    }

    [pscustomobject]@{
        BaseUri       = $baseUri
        KeyId         = $keyId
        Secret        = ConvertTo-TestSecureString $secretText
        Organizations = @(Read-SeededOrganization -Banner $banner)
        Process       = $process
        LogFile       = $log
    }
}

# The banner prints "Organization <id> ...: service account <id>, client id <id>" and on the next line
# "client secret (generated, shown once): <secret>".
function Read-SeededOrganization([string] $Banner) {
    $pattern = '(?m)^Organization (?<id>\S+).*?: service account (?<sa>\S+), client id (?<client>\S+)\s*\r?\n\s*client secret[^:]*: (?<secret>\S+)'
    foreach ($match in [regex]::Matches($Banner, $pattern)) {
        [pscustomobject]@{
            Id               = $match.Groups['id'].Value
            ServiceAccountId = $match.Groups['sa'].Value
            ClientId         = $match.Groups['client'].Value
            ClientSecret     = ConvertTo-TestSecureString $match.Groups['secret'].Value
        }
    }
}

function Stop-SmoochTestEmulator($Emulator) {
    if ($Emulator -and -not $Emulator.Process.HasExited) {
        Stop-Process -Id $Emulator.Process.Id -ErrorAction SilentlyContinue
        $Emulator.Process.WaitForExit(10000) | Out-Null
    }
}

function Get-EmulatorJournal($Emulator) {
    $response = Invoke-RestMethod -Uri "$($Emulator.BaseUri)/_emulator/journal"
    # Either a bare array of entries or an object that holds them.
    $entries = if ($response -is [array]) { $response } elseif ($response.PSObject.Properties['entries']) { $response.entries } else { @($response) }
    @($entries | Where-Object { $_ -and $_.path -notlike '/_emulator/*' })
}

function Clear-EmulatorJournal($Emulator) {
    Invoke-RestMethod -Method Delete -Uri "$($Emulator.BaseUri)/_emulator/journal" | Out-Null
}

function Add-EmulatorFault($Emulator, [hashtable] $Rule) {
    Invoke-RestMethod -Method Post -Uri "$($Emulator.BaseUri)/_emulator/faults" -ContentType 'application/json' -Body ($Rule | ConvertTo-Json) | Out-Null
}

function Clear-EmulatorFault($Emulator) {
    Invoke-RestMethod -Method Delete -Uri "$($Emulator.BaseUri)/_emulator/faults" | Out-Null
}

function Add-EmulatorServiceAccount($Emulator, [int] $Count) {
    (Invoke-RestMethod -Method Post -Uri "$($Emulator.BaseUri)/_emulator/seed" -ContentType 'application/json' -Body (@{ serviceAccounts = $Count } | ConvertTo-Json)).serviceAccountIds
}

# Seeds apps, each with custom integrations and one web integration; returns @{ appId; customIntegrationIds; nonCustomIntegrationId } per app.
# New apps, each with custom integrations (an app or integration holds at most 10 keys); IntegrationId is the first one's id.
function Add-EmulatorApp($Emulator, [int] $Count = 1, [int] $CustomIntegrationsPerApp = 1) {
    $body = @{ apps = $Count; customIntegrationsPerApp = $CustomIntegrationsPerApp } | ConvertTo-Json
    (Invoke-RestMethod -Method Post -Uri "$($Emulator.BaseUri)/_emulator/seed" -ContentType 'application/json' -Body $body).apps |
        ForEach-Object { $_ | Add-Member -NotePropertyName IntegrationId -NotePropertyValue @($_.customIntegrationIds)[0] -PassThru }
}

# Lets a v1.1 service account access an app, as if its key had created the app.
function Grant-EmulatorAppAccess($Emulator, [string] $ServiceAccountId, [string] $AppId) {
    $body = @{ appAccess = @{ serviceAccountId = $ServiceAccountId; appId = $AppId } } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri "$($Emulator.BaseUri)/_emulator/seed" -ContentType 'application/json' -Body $body | Out-Null
}

# The seeded app and its custom integration, read through the v2 apps API with the account key.
function Get-SeededCustomIntegration($Emulator) {
    $credential = [pscredential]::new($Emulator.KeyId, $Emulator.Secret)
    $app = (Invoke-RestMethod -Uri "$($Emulator.BaseUri)/v2/apps" -Authentication Basic -Credential $credential -AllowUnencryptedAuthentication).apps[0]
    $integrations = (Invoke-RestMethod -Uri "$($Emulator.BaseUri)/v2/apps/$($app.id)/integrations" -Authentication Basic -Credential $credential -AllowUnencryptedAuthentication).integrations
    [pscustomobject]@{
        AppId                  = $app.id
        IntegrationId          = ($integrations | Where-Object type -eq 'custom' | Select-Object -First 1).id
        NonCustomIntegrationId = ($integrations | Where-Object type -ne 'custom' | Select-Object -First 1).id
    }
}

# The command line that starts a new process of the PowerShell running the specs. Under the .NET tool (dotnet pwsh)
# the process is dotnet itself and $PSHOME holds pwsh.dll; an installed pwsh has its own executable there.
function Get-PwshCommandLine {
    $native = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    if (Test-Path $native -PathType Leaf) { return , @($native) }
    $dotnet = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    , @($dotnet, (Join-Path $PSHOME 'pwsh.dll'))
}

# Runs a script in a new, non-interactive process of the PowerShell running the specs; returns its output lines.
function Invoke-FreshPwsh([string] $Script, [hashtable] $Environment = @{}) {
    $run = Invoke-FreshPwshProcess -Script $Script -Environment $Environment
    if ($run.ExitCode -ne 0) { throw "pwsh failed with exit code $($run.ExitCode): $($run.Output -join [Environment]::NewLine)" }
    , $run.Output
}

function ConvertFrom-TestSecureString([securestring] $Value) {
    ConvertFrom-SecureString -SecureString $Value -AsPlainText
}

Export-ModuleMember -Function Get-StagedModulePath, New-TestKeyId, Start-SmoochTestEmulator, Stop-SmoochTestEmulator, Get-EmulatorJournal,
    Clear-EmulatorJournal, Add-EmulatorFault, Clear-EmulatorFault, Add-EmulatorServiceAccount, Get-SeededCustomIntegration, ConvertFrom-TestSecureString,
    Get-PwshCommandLine, Invoke-FreshPwsh

# Like Invoke-FreshPwsh, but returns @{ ExitCode; Output (lines, errors included) } whatever the exit code, for
# scripts that are meant to fail.
function Invoke-FreshPwshProcess([string] $Script, [hashtable] $Environment = @{}) {
    $executable, $prefix = Get-PwshCommandLine
    $saved = @{}
    foreach ($name in $Environment.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $Environment[$name]) }
    try {
        $output = & $executable @prefix -NoProfile -NonInteractive -Command $Script 2>&1
        $exitCode = $LASTEXITCODE
    }
    finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
    [pscustomobject]@{ ExitCode = $exitCode; Output = [string[]] @($output | ForEach-Object { "$_" }) }
}

# Makes the emulator's account key the default Sunshine session and, when it seeded an organization, that
# organization's client credential the default organization API session.
function Connect-SmoochTestEmulator($Emulator) {
    Connect-Smooch -KeyId $Emulator.KeyId -Secret $Emulator.Secret -BaseUri $Emulator.BaseUri
    foreach ($org in @($Emulator.Organizations | Select-Object -First 1)) {
        Connect-Smooch -ClientCredential ([pscredential]::new($org.ClientId, $org.ClientSecret)) -BaseUri $Emulator.BaseUri
    }
}

Export-ModuleMember -Function Invoke-FreshPwshProcess, Connect-SmoochTestEmulator, Add-EmulatorApp, Grant-EmulatorAppAccess


# Keys and credentials created from now on authenticate only this long after their creation (0: at once).
function Set-EmulatorActivationDelay($Emulator, [int] $Milliseconds) {
    Invoke-RestMethod -Method Put -Uri "$($Emulator.BaseUri)/_emulator/activation" -ContentType 'application/json' -Body (@{ delayMs = $Milliseconds } | ConvertTo-Json) | Out-Null
}

function Set-EmulatorLatency($Emulator, [int] $Milliseconds) {
    Invoke-RestMethod -Method Put -Uri "$($Emulator.BaseUri)/_emulator/latency" -ContentType 'application/json' -Body (@{ milliseconds = $Milliseconds } | ConvertTo-Json) | Out-Null
}

function Get-EmulatorMaxConcurrency($Emulator) {
    (Invoke-RestMethod -Uri "$($Emulator.BaseUri)/_emulator/concurrency").maxConcurrentRequests
}

function Reset-EmulatorMaxConcurrency($Emulator) {
    Invoke-RestMethod -Method Delete -Uri "$($Emulator.BaseUri)/_emulator/concurrency" | Out-Null
}

Export-ModuleMember -Function Set-EmulatorActivationDelay, Set-EmulatorLatency, Get-EmulatorMaxConcurrency, Reset-EmulatorMaxConcurrency
