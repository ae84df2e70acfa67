<#
.SYNOPSIS
    An example session against a Sunshine Conversations endpoint (the local emulator in build.ps1 -Task Demo):
    connect, create a service account with a key, an app key and an integration key, list them through the
    pipeline, remove them.
.DESCRIPTION
    Needs an account key (act_...). The app and the custom integration that receive keys are found with the v2
    apps API, because managing apps is not this module's job. Everything the demo creates is removed again,
    also when a step fails.

    The script uses only the module's cmdlets, engine commands and .NET calls, so it runs in any host,
    including a PowerShell engine hosted in a test process.
.EXAMPLE
    ./examples/Demo.ps1 -BaseUri http://127.0.0.1:5080 -KeyId act_0123456789abcdef01234567 -Secret (Read-Host -AsSecureString)
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [uri] $BaseUri,
    [Parameter(Mandatory)] [string] $KeyId,
    [Parameter(Mandatory)] [securestring] $Secret
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

function Write-Step([string] $Text) {
    $Host.UI.WriteLine()
    $Host.UI.WriteLine("== $Text")
}

# Reads the first app and its first custom integration from the v2 apps API (GET /v2/apps, GET /v2/apps/{id}/integrations).
function Find-CustomIntegration {
    $pair = [System.Net.NetworkCredential]::new($KeyId, $Secret)
    $basic = [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($pair.UserName + ':' + $pair.Password))
    $http = [System.Net.Http.HttpClient]::new()
    try {
        $http.BaseAddress = $BaseUri
        $http.DefaultRequestHeaders.Authorization = [System.Net.Http.Headers.AuthenticationHeaderValue]::new('Basic', $basic)
        foreach ($app in (Read-Json $http 'v2/apps').GetProperty('apps').EnumerateArray()) {
            $appId = $app.GetProperty('id').GetString()
            $integrations = (Read-Json $http "v2/apps/$appId/integrations").GetProperty('integrations').EnumerateArray()
            foreach ($integration in $integrations) {
                if ($integration.GetProperty('type').GetString() -eq 'custom') {
                    return [pscustomobject]@{ AppId = $appId; IntegrationId = $integration.GetProperty('id').GetString() }
                }
            }
        }
        throw "No app with a custom integration was found at $BaseUri."
    }
    finally {
        $http.Dispose()
    }
}

function Read-Json([System.Net.Http.HttpClient] $Http, [string] $Path) {
    $text = $Http.GetStringAsync($Path).GetAwaiter().GetResult()
    [System.Text.Json.JsonDocument]::Parse($text).RootElement
}

Write-Step "Connecting to $BaseUri with key $KeyId"
Connect-Smooch -KeyId $KeyId -Secret $Secret -BaseUri $BaseUri
Get-SmoochSession -Api Sunshine | Out-Host

$target = Find-CustomIntegration
$name = 'demo-' + [DateTime]::UtcNow.ToString('yyyyMMdd-HHmmss')
$created = [System.Collections.Generic.List[object]]::new()
try {
    Write-Step "Creating service account $name with a key, an app key on app $($target.AppId) and a key on integration $($target.IntegrationId)"
    $account = New-SmoochServiceAccount -Name $name
    $created.Add($account)
    $accountKey = $account | New-SmoochServiceAccountKey -Name "$name key"
    $created.Add($accountKey)
    $appKey = $target | New-SmoochAppKey -DisplayName $name
    $created.Add($appKey)
    $integrationKey = $target | New-SmoochIntegrationKey -DisplayName $name
    $created.Add($integrationKey)
    # One Out-Host per object, so each type gets its own table view.
    foreach ($item in $created) { $item | Out-Host }
    $Host.UI.WriteLine("The new secrets are shown once, as $($appKey.Secret.GetType().Name) objects; store them now (for example with Set-Secret).")

    Write-Step 'Listing them through the pipeline'
    Get-SmoochServiceAccount -Name $name | Get-SmoochServiceAccountKey | Out-Host
    $target | Get-SmoochAppKey -DisplayName $name | Out-Host
    $target | Get-SmoochIntegrationKey -DisplayName $name | Out-Host
}
finally {
    Write-Step 'Removing what the demo created'
    # Children before parents; each object binds its ids by property name.
    $created.Reverse()
    foreach ($item in $created) {
        switch ($item.PSObject.TypeNames[0]) {
            'Smooch.IntegrationKey' { $item | Remove-SmoochIntegrationKey -Confirm:$false }
            'Smooch.AppKey' { $item | Remove-SmoochAppKey -Confirm:$false }
            'Smooch.ServiceAccountKey' { $item | Remove-SmoochServiceAccountKey -Confirm:$false }
            'Smooch.ServiceAccount' { $item | Remove-SmoochServiceAccount -Confirm:$false }
        }
        $Host.UI.WriteLine("Removed $($item.PSObject.TypeNames[0]) $(if ($item.PSObject.Properties['KeyId']) { $item.KeyId } else { $item.ServiceAccountId })")
    }
    Disconnect-Smooch -Api Sunshine
    $Host.UI.WriteLine('Disconnected.')
}
