#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Every Sunshine Conversations cmdlet against the emulator: v1.1 service accounts, their keys and JWTs,
# v2 app keys and integration keys, pipelines, paging and -WhatIf.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator
    $script:parent = Get-SeededCustomIntegration $script:emulator
    Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'Connect-Smooch and Get-SmoochSession' {
    It 'shows the connection without the secret' {
        $session = Get-SmoochSession -Api Sunshine

        $session.KeyId | Should -Be $script:emulator.KeyId
        $session.AuthMode | Should -Be 'Basic'
        $session.BaseAddress.AbsoluteUri | Should -Be "$($script:emulator.BaseUri)/"
        $secret = ConvertFrom-TestSecureString $script:emulator.Secret
        ($session | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape($secret))
    }

    It 'works with locally signed JWTs' {
        $jwtSession = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri -AuthMode Jwt -PassThru

        $jwtSession.AuthMode | Should -Be 'Jwt'
        { Get-SmoochServiceAccount -Session $jwtSession -First 1 -ErrorAction Stop } | Should -Not -Throw

        Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri
    }

    It 'reads SMOOCH_* environment variables when given no credentials' {
        $env:SMOOCH_KEY_ID = $script:emulator.KeyId
        $env:SMOOCH_SECRET = ConvertFrom-TestSecureString $script:emulator.Secret
        $env:SMOOCH_BASE_URI = $script:emulator.BaseUri
        try {
            $session = Connect-Smooch -PassThru
        }
        finally {
            Remove-Item Env:SMOOCH_KEY_ID, Env:SMOOCH_SECRET, Env:SMOOCH_BASE_URI -ErrorAction SilentlyContinue
        }

        @($session).Count | Should -Be 1
        $session.KeyId | Should -Be $script:emulator.KeyId
    }
}

Describe 'Verbose output' {
    It 'shows each request and never the secret or a token' {
        $jwtSession = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri -AuthMode Jwt -PassThru

        $records = @(Get-SmoochServiceAccount -Session $jwtSession -First 1 -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $text = $records.Message -join "`n"

        $text | Should -Match 'GET /v1\.1/serviceaccounts'
        $text | Should -Match '200'
        $text | Should -Not -Match ([regex]::Escape((ConvertFrom-TestSecureString $script:emulator.Secret)))
        $text | Should -Not -Match 'eyJ'
        $text | Should -Not -Match 'Authorization'
    }
}

Describe 'New-SmoochJwt' {
    It 'signs an account-scoped token for an act_ key without any request' {
        Clear-EmulatorJournal $script:emulator

        $jwt = New-SmoochJwt -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -ExpiresIn (New-TimeSpan -Minutes 5)

        $jwt | Should -BeOfType [securestring]
        $parts = (ConvertFrom-TestSecureString $jwt).Split('.')
        $parts.Count | Should -Be 3
        $payload = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(($parts[1].Replace('-', '+').Replace('_', '/') + '==').Substring(0, [Math]::Ceiling($parts[1].Length / 4) * 4))) | ConvertFrom-Json
        $payload.scope | Should -Be 'account'
        $payload.exp | Should -BeGreaterThan ([DateTimeOffset]::UtcNow.ToUnixTimeSeconds())
        Get-EmulatorJournal $script:emulator | Should -BeNullOrEmpty
    }

    It 'connects with the token it signed' {
        $jwt = New-SmoochJwt -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret
        $session = Connect-Smooch -AccessToken $jwt -BaseUri $script:emulator.BaseUri -PassThru

        { Get-SmoochServiceAccount -Session $session -First 1 -ErrorAction Stop } | Should -Not -Throw

        Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri
    }
}

Describe 'Service accounts' {
    It 'creates, gets, renames and removes a service account' {
        $name = 'pester-' + [Guid]::NewGuid().ToString('N').Substring(0, 8)

        $created = New-SmoochServiceAccount -Name $name
        $created.Name | Should -Be $name
        $created.ServiceAccountId | Should -Match '^[0-9a-f]{24}$'
        $created.PSObject.TypeNames[0] | Should -Be 'Smooch.ServiceAccount'

        (Get-SmoochServiceAccount -ServiceAccountId $created.ServiceAccountId).Name | Should -Be $name
        (Get-SmoochServiceAccount -Name "$name*").ServiceAccountId | Should -Be $created.ServiceAccountId

        $renamed = $created | Set-SmoochServiceAccount -Name "$name-renamed" -PassThru
        $renamed.Name | Should -Be "$name-renamed"

        $created | Remove-SmoochServiceAccount -Force
        Get-SmoochServiceAccount -Name "$name*" | Should -BeNullOrEmpty
    }

    It 'pages with -First and -Skip over every page' {
        $null = Add-EmulatorServiceAccount $script:emulator 60
        $all = @(Get-SmoochServiceAccount)

        $all.Count | Should -BeGreaterOrEqual 60
        @(Get-SmoochServiceAccount -First 5).Count | Should -Be 5
        (Get-SmoochServiceAccount -Skip 3 -First 1).ServiceAccountId | Should -Be $all[3].ServiceAccountId
    }
}

Describe 'Service account keys and server JWTs' {
    BeforeAll {
        $script:account = New-SmoochServiceAccount -Name ('pester-keys-' + [Guid]::NewGuid().ToString('N').Substring(0, 8))
    }

    AfterAll {
        $script:account | Remove-SmoochServiceAccount -Force -ErrorAction SilentlyContinue
    }

    It 'creates a key whose secret is a SecureString shown once' {
        $key = $script:account | New-SmoochServiceAccountKey -Name 'first'

        $key.KeyId | Should -Match '^svc_[0-9a-f]{24}$'
        $key.ServiceAccountId | Should -Be $script:account.ServiceAccountId
        $key.Secret | Should -BeOfType [securestring]
        (Get-SmoochServiceAccountKey -ServiceAccountId $script:account.ServiceAccountId -KeyId $key.KeyId).Secret | Should -BeNullOrEmpty
    }

    It 'returns the secret as a string with -AsPlainText' {
        $key = New-SmoochServiceAccountKey -ServiceAccountId $script:account.ServiceAccountId -Name 'plain' -AsPlainText

        $key.Secret | Should -BeOfType [string]
        $key.Secret.Length | Should -BeGreaterThan 20
    }

    It 'lists keys through the pipeline from the service account' {
        $keys = @(Get-SmoochServiceAccount -ServiceAccountId $script:account.ServiceAccountId | Get-SmoochServiceAccountKey)

        $keys.Count | Should -Be 2
        $keys.Name | Should -Be @('first', 'plain')
    }

    It 'gets a server-issued JWT for each key through the pipeline' {
        $tokens = @(Get-SmoochServiceAccountKey -ServiceAccountId $script:account.ServiceAccountId | Get-SmoochServiceAccountJwt -AsPlainText)

        $tokens.Count | Should -Be 2
        $tokens | ForEach-Object { $_.Token.Split('.').Count | Should -Be 3 }
    }

    It 'removes every key through the pipeline' {
        Get-SmoochServiceAccountKey -ServiceAccountId $script:account.ServiceAccountId | Remove-SmoochServiceAccountKey -Confirm:$false

        Get-SmoochServiceAccountKey -ServiceAccountId $script:account.ServiceAccountId | Should -BeNullOrEmpty
    }
}

Describe 'App keys' {
    It 'creates, lists by display name and removes app keys' {
        $first = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'pester-a'
        $second = $script:parent | New-SmoochAppKey -DisplayName 'pester-b'

        $first.KeyId | Should -Match '^app_[0-9a-f]{24}$'
        $first.Secret | Should -BeOfType [securestring]
        $second.AppId | Should -Be $script:parent.AppId
        @(Get-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'pester-*').KeyId | Should -Be @($first.KeyId, $second.KeyId)

        Get-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'pester-*' | Remove-SmoochAppKey -Force
        Get-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'pester-*' | Should -BeNullOrEmpty
    }
}

Describe 'Integration keys' {
    It 'creates, lists through the pipeline and removes integration keys' {
        $key = $script:parent | New-SmoochIntegrationKey -DisplayName 'pester-int'

        $key.KeyId | Should -Match '^int_[0-9a-f]{24}$'
        $key.IntegrationId | Should -Be $script:parent.IntegrationId
        $key.Secret | Should -BeOfType [securestring]
        ($script:parent | Get-SmoochIntegrationKey -KeyId $key.KeyId).DisplayName | Should -Be 'pester-int'

        $key | Remove-SmoochIntegrationKey -Confirm:$false
        $script:parent | Get-SmoochIntegrationKey -DisplayName 'pester-int' | Should -BeNullOrEmpty
    }

    It 'reports an error for a non-custom integration' {
        Get-SmoochIntegrationKey -AppId $script:parent.AppId -IntegrationId $script:parent.NonCustomIntegrationId -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }
}

Describe '-WhatIf' {
    It 'sends no request that changes state' {
        $account = New-SmoochServiceAccount -Name ('pester-whatif-' + [Guid]::NewGuid().ToString('N').Substring(0, 8))
        $appKey = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'pester-whatif'
        Clear-EmulatorJournal $script:emulator

        New-SmoochServiceAccount -Name 'never-created' -WhatIf
        $account | Set-SmoochServiceAccount -Name 'never-renamed' -WhatIf
        $account | New-SmoochServiceAccountKey -Name 'never' -WhatIf
        $account | Remove-SmoochServiceAccount -WhatIf
        New-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'never' -WhatIf
        $appKey | Remove-SmoochAppKey -WhatIf
        $script:parent | New-SmoochIntegrationKey -DisplayName 'never' -WhatIf

        @(Get-EmulatorJournal $script:emulator | Where-Object method -ne 'GET') | Should -BeNullOrEmpty
        (Get-SmoochServiceAccount -ServiceAccountId $account.ServiceAccountId).Name | Should -Be $account.Name

        $appKey | Remove-SmoochAppKey -Force
        $account | Remove-SmoochServiceAccount -Force
    }
}
