#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Get-SmoochApp and Get-SmoochIntegration in real pwsh against the emulator: the two one-line inventories of every v2
# key of an account, the filters (-DisplayName wildcards, -ServiceAccountId, -Type), paging (-First/-Skip) and bad
# input, each checked against seeded data and against the emulator's journal (which requests, with which query).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator
    Connect-SmoochTestEmulator $script:emulator

    # 105 apps, so that the app list takes two pages of 100: the start-up app (1 custom + 1 web integration),
    # 4 apps with 2 custom integrations each, then 100 apps with 1 each. Names are "App 1" ... "App 105".
    Add-EmulatorApp $script:emulator -Count 4 -CustomIntegrationsPerApp 2 | Out-Null
    Add-EmulatorApp $script:emulator -Count 100 -CustomIntegrationsPerApp 1 | Out-Null
    $credential = [pscredential]::new($script:emulator.KeyId, $script:emulator.Secret)
    $read = @{ Authentication = 'Basic'; Credential = $credential; AllowUnencryptedAuthentication = $true }
    $firstPage = @((Invoke-RestMethod -Uri "$($script:emulator.BaseUri)/v2/apps?page[size]=100" @read).apps.id)
    $script:appIds = $firstPage + @((Invoke-RestMethod -Uri "$($script:emulator.BaseUri)/v2/apps?page[size]=100&page[after]=$($firstPage[-1])" @read).apps.id)
    $script:appIds.Count | Should -Be 105

    # Keys under a few parents, made with the module itself: 2 keys on the first app, 1 on the 50th and the 105th;
    # integration keys on both custom integrations of the 2nd app and on the custom integration of the 105th.
    $suffix = [Guid]::NewGuid().ToString('N').Substring(0, 6)
    $script:appKeys = @(
        New-SmoochAppKey -AppId $script:appIds[0] -DisplayName "inv-a-$suffix"
        New-SmoochAppKey -AppId $script:appIds[0] -DisplayName "inv-b-$suffix"
        New-SmoochAppKey -AppId $script:appIds[49] -DisplayName "inv-c-$suffix"
        New-SmoochAppKey -AppId $script:appIds[104] -DisplayName "inv-d-$suffix"
    )
    $script:customOfSecond = @(Get-SmoochIntegration -AppId $script:appIds[1] -Type custom)
    $script:customOfLast = @(Get-SmoochIntegration -AppId $script:appIds[104] -Type custom)
    $script:integrationKeys = @(
        $script:customOfSecond | New-SmoochIntegrationKey -DisplayName "inv-i-$suffix"
        $script:customOfLast | New-SmoochIntegrationKey -DisplayName "inv-j-$suffix"
    )

    # What the client sent, as "METHOD /path?query" with the query decoded (page[size] rather than page%5Bsize%5D).
    function Get-Sent { @(Get-EmulatorJournal $script:emulator | ForEach-Object { "$($_.method) $($_.path)$([Uri]::UnescapeDataString($_.query))" }) }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'Get-SmoochApp | Get-SmoochAppKey' {
    It 'inventories every app key of the account, following the app list to its second page' {
        Clear-EmulatorJournal $script:emulator

        $keys = @(Get-SmoochApp | Get-SmoochAppKey)

        $keys.KeyId | Should -Be $script:appKeys.KeyId
        $keys.AppId | Should -Be $script:appKeys.AppId
        @($keys | Where-Object { $_.PSObject.TypeNames[0] -eq 'Smooch.AppKey' }).Count | Should -Be 4
        $sent = Get-Sent
        @($sent | Where-Object { $_ -like 'GET /v2/apps[?]*' }) | Should -Be @('GET /v2/apps?page[size]=100', "GET /v2/apps?page[size]=100&page[after]=$($script:appIds[99])")
        # Concurrent: the journal has them in the order they ended.
        @($sent | Where-Object { $_ -like 'GET /v2/apps/*/keys' } | Sort-Object) | Should -Be @($script:appIds | ForEach-Object { "GET /v2/apps/$_/keys" } | Sort-Object)
        $sent.Count | Should -Be 107
    }
}

Describe 'Get-SmoochApp | Get-SmoochIntegration -Type custom | Get-SmoochIntegrationKey' {
    It 'inventories every integration key of the account, asking only for custom integrations' {
        Clear-EmulatorJournal $script:emulator

        $keys = @(Get-SmoochApp | Get-SmoochIntegration -Type custom | Get-SmoochIntegrationKey)

        $keys.KeyId | Should -Be $script:integrationKeys.KeyId
        $keys.IntegrationId | Should -Be $script:integrationKeys.IntegrationId
        $keys.AppId | Should -Be $script:integrationKeys.AppId
        $sent = Get-Sent
        @($sent | Where-Object { $_ -like 'GET /v2/apps[?]*' }).Count | Should -Be 2
        @($sent | Where-Object { $_ -like 'GET /v2/apps/*/integrations[?]*' } | Sort-Object) | Should -Be @($script:appIds | ForEach-Object { "GET /v2/apps/$_/integrations?filter[types]=custom&page[size]=100" } | Sort-Object)
        # 1 + 4 x 2 + 100 custom integrations; the web integrations' keys are never asked for.
        $keyLists = @($sent | Where-Object { $_ -like 'GET /v2/apps/*/integrations/*/keys' })
        $keyLists.Count | Should -Be 109
        $webIds = @($script:appIds | ForEach-Object { Get-SmoochIntegration -AppId $_ -Type web } | ForEach-Object IntegrationId)
        $keyLists | Where-Object { $path = $_; $webIds | Where-Object { $path -like "*/integrations/$_/keys" } } | Should -BeNullOrEmpty
    }

    It 'pipes the integration objects, which carry AppId and IntegrationId, to New-SmoochIntegrationKey as well' {
        $integration = Get-SmoochIntegration -AppId $script:appIds[2] -Type custom -First 1

        $integration.PSObject.TypeNames[0] | Should -Be 'Smooch.Integration'
        ($integration.AppId, $integration.Type, $integration.Status) | Should -Be @($script:appIds[2], 'custom', 'active')
        $key = $integration | New-SmoochIntegrationKey -DisplayName 'inv-piped'
        try { $key.IntegrationId | Should -Be $integration.IntegrationId }
        finally { $key | Remove-SmoochIntegrationKey -Force }
    }
}

Describe 'Get-SmoochApp filters' {
    It '-DisplayName filters the list with wildcards, on every page' {
        Clear-EmulatorJournal $script:emulator

        $apps = @(Get-SmoochApp -DisplayName 'app 10*')

        $apps.DisplayName | Should -Be @('App 10', 'App 100', 'App 101', 'App 102', 'App 103', 'App 104', 'App 105')
        (Get-Sent).Count | Should -Be 2
    }

    It '-AppId gets one app with one request, and a wildcard -AppId filters the list' {
        Clear-EmulatorJournal $script:emulator

        $one = Get-SmoochApp -AppId $script:appIds[7]
        $matched = @(Get-SmoochApp -AppId ($script:appIds[7].Substring(0, 20) + '*'))

        $one.AppId | Should -Be $script:appIds[7]
        $one.DisplayName | Should -Be 'App 8'
        $matched.AppId | Should -Contain $script:appIds[7]
        (Get-Sent)[0] | Should -Be "GET /v2/apps/$($script:appIds[7])"
    }

    It '-ServiceAccountId lists only the apps that service account can access, sending filter[serviceAccountId]' {
        $account = New-SmoochServiceAccount -Name ('inv-' + [Guid]::NewGuid().ToString('N').Substring(0, 8))
        $granted = @($script:appIds[3], $script:appIds[60], $script:appIds[101])
        foreach ($appId in $granted) { Grant-EmulatorAppAccess $script:emulator -ServiceAccountId $account.ServiceAccountId -AppId $appId }
        Clear-EmulatorJournal $script:emulator

        $apps = @(Get-SmoochApp -ServiceAccountId $account.ServiceAccountId)
        $notAccessible = @(Get-SmoochApp -ServiceAccountId $account.ServiceAccountId -AppId $script:appIds[0])
        $accessible = @(Get-SmoochApp -ServiceAccountId $account.ServiceAccountId -AppId $script:appIds[60])

        $apps.AppId | Should -Be $granted
        $notAccessible | Should -BeNullOrEmpty
        $accessible.AppId | Should -Be $script:appIds[60]
        # A literal -AppId is looked up in the filtered list: never a get-one that would ignore the filter.
        Get-Sent | Should -Be @(1..3 | ForEach-Object { "GET /v2/apps?filter[serviceAccountId]=$($account.ServiceAccountId)&page[size]=100" })

        $key = $account | New-SmoochServiceAccountKey -Name 'inv-svc'
        try {
            $svc = Connect-Smooch -KeyId $key.KeyId -Secret $key.Secret -BaseUri $script:emulator.BaseUri -PassThru
            (Get-SmoochApp -Session $svc).AppId | Should -Be $granted
            (Get-SmoochApp -Session $svc | Get-SmoochAppKey -Session $svc).KeyId | Should -Be @($script:appKeys | Where-Object AppId -in $granted | ForEach-Object KeyId)
        }
        finally {
            Connect-SmoochTestEmulator $script:emulator  # Connect-Smooch made the svc_ session the default
            $key | Remove-SmoochServiceAccountKey -Force
        }
    }
}

Describe 'Get-SmoochIntegration filters' {
    It '-Type custom gives the integrations that can have keys; several types, in any case, go in one filter[types]' {
        Clear-EmulatorJournal $script:emulator

        $custom = @(Get-SmoochIntegration -AppId $script:appIds[1] -Type custom)
        $both = @(Get-SmoochIntegration -AppId $script:appIds[1] -Type Custom, WEB)
        $all = @(Get-SmoochIntegration -AppId $script:appIds[1])

        $custom.IntegrationId | Should -Be $script:customOfSecond.IntegrationId
        $custom.Type | Sort-Object -Unique | Should -Be 'custom'
        $both.Count | Should -Be 3
        $all.IntegrationId | Should -Be $both.IntegrationId
        Get-Sent | Should -Be @(
            "GET /v2/apps/$($script:appIds[1])/integrations?filter[types]=custom&page[size]=100"
            "GET /v2/apps/$($script:appIds[1])/integrations?filter[types]=custom,web&page[size]=100"
            "GET /v2/apps/$($script:appIds[1])/integrations?page[size]=100")
    }

    It '-IntegrationId gets one integration; with -Type it is looked up among the integrations of that type' {
        $web = Get-SmoochIntegration -AppId $script:appIds[1] -Type web
        Clear-EmulatorJournal $script:emulator

        (Get-SmoochIntegration -AppId $script:appIds[1] -IntegrationId $web.IntegrationId).Type | Should -Be 'web'
        Get-SmoochIntegration -AppId $script:appIds[1] -IntegrationId $web.IntegrationId -Type custom | Should -BeNullOrEmpty

        Get-Sent | Should -Be @(
            "GET /v2/apps/$($script:appIds[1])/integrations/$($web.IntegrationId)"
            "GET /v2/apps/$($script:appIds[1])/integrations?filter[types]=custom&page[size]=100")
    }

    It '-ThrottleLimit lists the integrations of many apps at once, written in app order' {
        Invoke-RestMethod -Method Put -Uri "$($script:emulator.BaseUri)/_emulator/latency" -ContentType 'application/json' -Body '{"milliseconds":100}' | Out-Null
        Invoke-RestMethod -Method Delete -Uri "$($script:emulator.BaseUri)/_emulator/concurrency" | Out-Null
        try {
            $integrations = @($script:appIds[10..17] | Get-SmoochIntegration -Type custom -ThrottleLimit 4)
        }
        finally {
            Invoke-RestMethod -Method Put -Uri "$($script:emulator.BaseUri)/_emulator/latency" -ContentType 'application/json' -Body '{"milliseconds":0}' | Out-Null
        }

        $integrations.AppId | Should -Be $script:appIds[10..17]
        $peak = (Invoke-RestMethod -Uri "$($script:emulator.BaseUri)/_emulator/concurrency").maxConcurrentRequests
        $peak | Should -BeGreaterThan 1
        $peak | Should -BeLessOrEqual 4
    }
}

Describe 'Paging: -First, -Skip, -IncludeTotalCount' {
    It 'Get-SmoochApp -First 3 reads one page only' {
        Clear-EmulatorJournal $script:emulator

        $apps = @(Get-SmoochApp -First 3)

        $apps.AppId | Should -Be $script:appIds[0..2]
        Get-Sent | Should -Be @('GET /v2/apps?page[size]=100')
    }

    It 'Get-SmoochApp -Skip 102 follows the cursor and writes the last three' {
        Clear-EmulatorJournal $script:emulator

        $apps = @(Get-SmoochApp -Skip 102)

        $apps.AppId | Should -Be $script:appIds[102..104]
        (Get-Sent).Count | Should -Be 2
    }

    It 'Get-SmoochIntegration -Skip and -First apply across the apps of the pipeline, with the total count' {
        $result = @($script:appIds[0..2] | Get-SmoochIntegration -Skip 1 -First 3 -IncludeTotalCount)

        $total = $result | Where-Object { $_ -isnot [Smooch.PowerShell.Models.Integration] }
        $integrations = @($result | Where-Object { $_ -is [Smooch.PowerShell.Models.Integration] })
        $integrations.Count | Should -Be 3
        $integrations[0].AppId | Should -Be $script:appIds[0]
        $integrations[0].Type | Should -Be 'web'
        $total | Should -Be 8
    }
}

Describe 'Bad input: a clear error naming the parameter, and no request' {
    It '<Name> is refused while binding' -ForEach @(
        @{ Name = 'Get-SmoochApp -ServiceAccountId empty'; Parameter = 'ServiceAccountId'; Run = { Get-SmoochApp -ServiceAccountId '' } }
        @{ Name = 'Get-SmoochApp -ServiceAccountId $null'; Parameter = 'ServiceAccountId'; Run = { Get-SmoochApp -ServiceAccountId $null } }
        @{ Name = 'Get-SmoochApp -DisplayName empty'; Parameter = 'DisplayName'; Run = { Get-SmoochApp -DisplayName '' } }
        @{ Name = 'Get-SmoochApp -AppId empty array'; Parameter = 'AppId'; Run = { Get-SmoochApp -AppId @() } }
        @{ Name = 'Get-SmoochIntegration -Type sms'; Parameter = 'Type'; Run = { Get-SmoochIntegration -AppId $script:appIds[0] -Type sms } }
        @{ Name = 'Get-SmoochIntegration -Type custom and empty'; Parameter = 'Type'; Run = { Get-SmoochIntegration -AppId $script:appIds[0] -Type custom, '' } }
        @{ Name = 'Get-SmoochIntegration -Type $null'; Parameter = 'Type'; Run = { Get-SmoochIntegration -AppId $script:appIds[0] -Type $null } }
        @{ Name = 'Get-SmoochIntegration -Type empty array'; Parameter = 'Type'; Run = { Get-SmoochIntegration -AppId $script:appIds[0] -Type @() } }
        @{ Name = 'Get-SmoochIntegration -IntegrationId empty'; Parameter = 'IntegrationId'; Run = { Get-SmoochIntegration -AppId $script:appIds[0] -IntegrationId '' } }
    ) {
        Clear-EmulatorJournal $script:emulator

        $failure = $null
        try { & $Run -ErrorAction Stop | Out-Null } catch { $failure = $_ }

        $failure.Exception | Should -BeOfType ([System.Management.Automation.ParameterBindingException])
        $failure.Exception.ParameterName | Should -Be $Parameter
        $failure.Exception.Message | Should -BeLike "*parameter '$Parameter'*"
        Get-Sent | Should -BeNullOrEmpty
    }

    It 'an unknown -Type says which types there are' {
        $failure = $null
        try { Get-SmoochIntegration -AppId $script:appIds[0] -Type custom, sms -ErrorAction Stop } catch { $failure = $_ }

        $failure.Exception.Message | Should -BeLike "*'sms' is not an integration type; use one of android, apple, custom, * web, whatsapp.*"
    }

    It '<Name> is refused by the client check, before sending' -ForEach @(
        @{ Name = 'Get-SmoochApp -ServiceAccountId with a slash'; Parameter = 'ServiceAccountId'; Run = { Get-SmoochApp -ServiceAccountId 'a/b' } }
        @{ Name = 'Get-SmoochIntegration -AppId with a slash'; Parameter = 'AppId'; Run = { Get-SmoochIntegration -AppId '../keys' } }
        @{ Name = 'Get-SmoochIntegration -AppId with a slash and -Type'; Parameter = 'AppId'; Run = { Get-SmoochIntegration -AppId '../keys' -Type custom } }
    ) {
        Clear-EmulatorJournal $script:emulator

        $failure = $null
        try { & $Run -ErrorAction Stop | Out-Null } catch { $failure = $_ }

        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        "$failure" | Should -BeLike "-$Parameter must not contain '/'*"
        Get-Sent | Should -BeNullOrEmpty
    }
}
