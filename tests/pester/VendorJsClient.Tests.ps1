#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The vendor's own JavaScript client accepts the emulator's v2 app and integration answers: tests/js/inventory.test.js
# (sunshine-conversations-client, version pinned in tests/js/package.json and package-lock.json) runs under Node
# against an emulator started here, and the module reads the same data the same way. Never skipped: without Node the
# spec fails and says so.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:jsFolder = (Resolve-Path (Join-Path $PSScriptRoot '../js')).Path

    $script:node = Get-Command node -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    $script:npm = Get-Command npm -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $script:node -or -not $script:npm) {
        throw 'Node.js (node and npm on PATH) is required for tests/js: install Node.js 18 or later, then run the specs again.'
    }
    if (-not (Test-Path (Join-Path $script:jsFolder 'node_modules/sunshine-conversations-client'))) {
        $install = & $script:npm.Source ci --prefix $script:jsFolder --no-audit --no-fund 2>&1
        if ($LASTEXITCODE -ne 0) { throw "npm ci in tests/js failed (exit code $LASTEXITCODE): $($install -join [Environment]::NewLine)" }
    }

    $script:emulator = Start-SmoochTestEmulator
    $seededApps = @(Add-EmulatorApp $script:emulator -Count 4 -CustomIntegrationsPerApp 2)
    $serviceAccountId = @(Add-EmulatorServiceAccount $script:emulator 1)[0]
    $accessible = @($seededApps[0].appId, $seededApps[1].appId, $seededApps[3].appId)
    foreach ($appId in $accessible) { Grant-EmulatorAppAccess $script:emulator -ServiceAccountId $serviceAccountId -AppId $appId }
    $script:seeded = [ordered]@{
        baseUri              = $script:emulator.BaseUri
        serviceAccountId     = $serviceAccountId
        accessibleAppIds     = $accessible
        appId                = $seededApps[0].appId
        customIntegrationIds = @($seededApps[0].customIntegrationIds)
        webIntegrationId     = $seededApps[0].nonCustomIntegrationId
    }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'sunshine-conversations-client against the emulator' {
    It 'lists apps (paged, filtered by service account) and integrations (filtered by type), and gets an app and an integration' {
        Clear-EmulatorJournal $script:emulator
        $environment = @{
            SMOOCH_JS_TEST   = ($script:seeded | ConvertTo-Json -Compress)
            SMOOCH_JS_KEY_ID = $script:emulator.KeyId
            SMOOCH_JS_SECRET = ConvertFrom-TestSecureString $script:emulator.Secret
        }
        $saved = @{}
        foreach ($name in $environment.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $environment[$name]) }
        Push-Location $script:jsFolder
        try {
            $output = & $script:node.Source --test inventory.test.js 2>&1 | ForEach-Object { "$_" }
            $exitCode = $LASTEXITCODE
        }
        finally {
            Pop-Location
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }

        $text = $output -join [Environment]::NewLine
        $exitCode | Should -Be 0 -Because "node --test tests/js/inventory.test.js must pass:$([Environment]::NewLine)$text"
        $text | Should -Match '(?m)^# pass 7$'
        $text | Should -Match '(?m)^# fail 0$'

        # The client really called the emulator: what it sent, as the journal saw it.
        $sent = @(Get-EmulatorJournal $script:emulator | ForEach-Object { "$($_.method) $($_.path)$([Uri]::UnescapeDataString($_.query))" })
        $sent | Should -Contain "GET /v2/apps?page[size]=2&filter[serviceAccountId]=$($script:seeded.serviceAccountId)"
        $sent | Should -Contain "GET /v2/apps?page[after]=$($script:seeded.accessibleAppIds[1])&filter[serviceAccountId]=$($script:seeded.serviceAccountId)"
        $sent | Should -Contain "GET /v2/apps/$($script:seeded.appId)/integrations?filter[types]=custom"
        $sent | Should -Contain "GET /v2/apps/$($script:seeded.appId)"
        $sent | Should -Contain "GET /v2/apps/$($script:seeded.appId)/integrations/$($script:seeded.customIntegrationIds[0])"
    }

    It 'agrees with Get-SmoochApp -ServiceAccountId and Get-SmoochIntegration -Type on the same data' {
        Connect-SmoochTestEmulator $script:emulator

        (Get-SmoochApp -ServiceAccountId $script:seeded.serviceAccountId).AppId | Should -Be $script:seeded.accessibleAppIds
        (Get-SmoochIntegration -AppId $script:seeded.appId -Type custom).IntegrationId | Should -Be $script:seeded.customIntegrationIds
        (Get-SmoochIntegration -AppId $script:seeded.appId -Type web).IntegrationId | Should -Be $script:seeded.webIntegrationId
    }
}
