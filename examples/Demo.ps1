<#
.SYNOPSIS
    An example session against a Sunshine Conversations endpoint (the local emulator in build.ps1 -Task Demo):
    connect, create a service account with a key, an app key and an integration key, list them through the
    pipeline, remove them.
.DESCRIPTION
    Needs an account key (act_...). The app and the custom integration that receive keys are found with the v2
    apps API, because managing apps is not this module's job. Everything the demo creates is removed again,
    also when a step fails.
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
    Write-Host
    Write-Host "== $Text"
}

# Reads the first app and its first custom integration from the v2 apps API (GET /v2/apps, GET /v2/apps/{id}/integrations).
function Find-CustomIntegration {
    # Basic authentication over plain http is allowed only to the loopback emulator, as the module itself does.
    $api = @{ Authentication = 'Basic'; Credential = [pscredential]::new($KeyId, $Secret); AllowUnencryptedAuthentication = $BaseUri.IsLoopback }
    foreach ($app in (Invoke-RestMethod -Uri ([uri]::new($BaseUri, 'v2/apps')) @api).apps) {
        $integrations = (Invoke-RestMethod -Uri ([uri]::new($BaseUri, "v2/apps/$($app.id)/integrations")) @api).integrations
        $custom = $integrations | Where-Object type -eq 'custom' | Select-Object -First 1
        if ($custom) {
            return [pscustomobject]@{ AppId = $app.id; IntegrationId = $custom.id }
        }
    }
    throw "No app with a custom integration was found at $BaseUri."
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
    Write-Host "The new secrets are shown once, as $($appKey.Secret.GetType().Name) objects; store them now (for example with Set-Secret)."

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
        Write-Host "Removed $($item.PSObject.TypeNames[0]) $(if ($item.PSObject.Properties['KeyId']) { $item.KeyId } else { $item.ServiceAccountId })"
    }
    Disconnect-Smooch -Api Sunshine
    Write-Host 'Disconnected.'
}
