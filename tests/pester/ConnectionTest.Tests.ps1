#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Test-SmoochConnection and Connect-Smooch -Validate in real pwsh against the emulator, for every kind of credential:
# a good secret authenticates, a wrong or revoked one is Authenticated False without an error, a kind that no
# read-only request can check sends nothing and says why; the journal shows the one read-only request of each check.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator -Organization 'check-org'
    $script:uri = $script:emulator.BaseUri
    $script:org = $script:emulator.Organizations[0]
    $script:parent = Get-SeededCustomIntegration $script:emulator
    $script:orgCredential = [pscredential]::new($script:org.ClientId, $script:org.ClientSecret)
    # Handed-out sessions: connecting a key under test later replaces the defaults but never closes these.
    $script:admin = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:uri -PassThru
    $script:orgAdmin = Connect-Smooch -ClientCredential $script:orgCredential -BaseUri $script:uri -PassThru
    $script:wrong = ConvertTo-SecureString ('wrong-' + [Guid]::NewGuid().ToString('N')) -AsPlainText -Force
    $script:suffix = [Guid]::NewGuid().ToString('N').Substring(0, 8)

    function New-KeySession([string] $KeyId, [securestring] $Secret) {
        Connect-Smooch -KeyId $KeyId -Secret $Secret -BaseUri $script:uri -PassThru
    }

    function New-ClientSession([string] $ClientId, [securestring] $Secret) {
        Connect-Smooch -ClientCredential ([pscredential]::new($ClientId, $Secret)) -BaseUri $script:uri -PassThru
    }

    # Runs the check with the journal cleared first; returns the result and the API requests it caused.
    function Invoke-Check([scriptblock] $Check) {
        Clear-EmulatorJournal $script:emulator
        $result = & $Check
        [pscustomobject]@{ Result = $result; Requests = @(Get-EmulatorJournal $script:emulator | ForEach-Object { "$($_.method) $($_.path)" }) }
    }

    function Get-AllSecrets {
        ConvertFrom-TestSecureString $script:emulator.Secret
        ConvertFrom-TestSecureString $script:org.ClientSecret
        ConvertFrom-TestSecureString $script:wrong
    }
}

AfterAll {
    Disconnect-Smooch
    $script:admin, $script:orgAdmin | Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'Test-SmoochConnection with an account key (act_)' {
    It 'authenticates a good secret with exactly GET /v2/apps, and shows no secret' {
        $check = Invoke-Check { Test-SmoochConnection -Session $script:admin -ErrorAction Stop }

        $check.Result.PSObject.TypeNames[0] | Should -Be 'Smooch.ConnectionTest'
        $check.Result.Api | Should -Be 'Sunshine'
        $check.Result.Kind | Should -Be 'AccountKey'
        $check.Result.KeyId | Should -Be $script:emulator.KeyId
        $check.Result.ClientId | Should -BeNullOrEmpty
        $check.Result.Checked | Should -BeTrue
        $check.Result.Authenticated | Should -BeTrue
        $check.Result.Status | Should -Be 200
        $check.Result.ErrorId | Should -BeNullOrEmpty
        $check.Requests | Should -Be @('GET /v2/apps')
        $text = $check.Result | Format-List * | Out-String
        foreach ($secret in Get-AllSecrets) { $text | Should -Not -Match ([regex]::Escape($secret)) }
    }

    It 'reports a wrong secret as Authenticated False with 401 and the API code, not as an error' {
        $session = New-KeySession $script:emulator.KeyId $script:wrong

        $check = Invoke-Check { Test-SmoochConnection -Session $session -ErrorAction Stop }

        $check.Result.Checked | Should -BeTrue
        $check.Result.Authenticated | Should -BeFalse
        $check.Result.Status | Should -Be 401
        $check.Result.ErrorId | Should -Be 'unauthorized'
        $check.Result.Message | Should -Match 'refused'
        $check.Requests | Should -Be @('GET /v2/apps')
    }
}

Describe 'Test-SmoochConnection with a service-account key (svc_)' {
    It 'authenticates, and is refused once the key is removed' {
        $account = New-SmoochServiceAccount -Name "check-$script:suffix" -Session $script:admin
        $key = $account | New-SmoochServiceAccountKey -Name 'check' -Session $script:admin
        $session = New-KeySession $key.KeyId $key.Secret

        $good = Invoke-Check { Test-SmoochConnection -Session $session }
        $key | Remove-SmoochServiceAccountKey -Force -Session $script:admin
        $revoked = Invoke-Check { Test-SmoochConnection -Session $session -ErrorAction Stop }

        $good.Result.Kind | Should -Be 'ServiceAccountKey'
        $good.Result.Authenticated | Should -BeTrue
        $good.Requests | Should -Be @('GET /v2/apps')
        $revoked.Result.Authenticated | Should -BeFalse
        $revoked.Result.Status | Should -Be 401
        $revoked.Requests | Should -Be @('GET /v2/apps')
    }
}

Describe 'Test-SmoochConnection with an app key (app_)' {
    BeforeAll {
        $script:appKey = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName "check-$script:suffix" -Session $script:admin
        $script:appSession = New-KeySession $script:appKey.KeyId $script:appKey.Secret
    }

    It 'is not checked without -AppId, says why and sends nothing' {
        $check = Invoke-Check { Test-SmoochConnection -Session $script:appSession -ErrorAction Stop }

        $check.Result.Kind | Should -Be 'AppKey'
        $check.Result.Checked | Should -BeFalse
        $check.Result.Authenticated | Should -BeNullOrEmpty
        $check.Result.Status | Should -BeNullOrEmpty
        $check.Result.Message | Should -Match 'app id'
        $check.Requests | Should -BeNullOrEmpty
    }

    It 'authenticates with -AppId by reading one integration of its own app' {
        $check = Invoke-Check { Test-SmoochConnection -Session $script:appSession -AppId $script:parent.AppId }

        $check.Result.Authenticated | Should -BeTrue
        $check.Requests | Should -Be @("GET /v2/apps/$($script:parent.AppId)/integrations")
    }

    It 'is authenticated but forbidden (403) on another app' {
        $check = Invoke-Check { Test-SmoochConnection -Session $script:appSession -AppId '0123456789abcdef01234567' -ErrorAction Stop }

        $check.Result.Checked | Should -BeTrue
        $check.Result.Authenticated | Should -BeTrue
        $check.Result.Status | Should -Be 403
        $check.Result.ErrorId | Should -Be 'forbidden'
        $check.Result.Message | Should -Match 'may not make GET /v2/apps/0123456789abcdef01234567/integrations'
    }

    It 'is refused with a wrong secret, and once the key is removed' {
        $wrongSession = New-KeySession $script:appKey.KeyId $script:wrong

        $wrong = Test-SmoochConnection -Session $wrongSession -AppId $script:parent.AppId -ErrorAction Stop
        $script:appKey | Remove-SmoochAppKey -Force -Session $script:admin
        $revoked = Test-SmoochConnection -Session $script:appSession -AppId $script:parent.AppId -ErrorAction Stop

        $wrong.Authenticated | Should -BeFalse
        $wrong.Status | Should -Be 401
        $revoked.Authenticated | Should -BeFalse
        $revoked.Status | Should -Be 401
    }
}

Describe 'Test-SmoochConnection with kinds no read-only request can check' {
    It 'does not check an integration key (int_), says why and sends nothing' {
        $key = $script:parent | New-SmoochIntegrationKey -DisplayName "check-$script:suffix" -Session $script:admin
        $session = New-KeySession $key.KeyId $key.Secret

        $check = Invoke-Check { Test-SmoochConnection -Session $session -AppId $script:parent.AppId -ErrorAction Stop }

        $check.Result.Kind | Should -Be 'IntegrationKey'
        $check.Result.KeyId | Should -Be $key.KeyId
        $check.Result.Checked | Should -BeFalse
        $check.Result.Authenticated | Should -BeNullOrEmpty
        $check.Result.Message | Should -Match 'int_.*not checked'
        $check.Requests | Should -BeNullOrEmpty
    }

    It 'does not check a bearer token' {
        $session = Connect-Smooch -AccessToken $script:wrong -BaseUri $script:uri -PassThru

        $check = Invoke-Check { Test-SmoochConnection -Session $session -ErrorAction Stop }

        $check.Result.Kind | Should -Be 'BearerToken'
        $check.Result.Checked | Should -BeFalse
        $check.Requests | Should -BeNullOrEmpty
    }
}

Describe 'Test-SmoochConnection with an organization credential' {
    It 'authenticates with exactly one token exchange' {
        $check = Invoke-Check { Test-SmoochConnection -Session $script:orgAdmin -ErrorAction Stop }

        $check.Result.Api | Should -Be 'Organization'
        $check.Result.Kind | Should -Be 'OrganizationCredential'
        $check.Result.ClientId | Should -Be $script:org.ClientId
        $check.Result.KeyId | Should -BeNullOrEmpty
        $check.Result.Authenticated | Should -BeTrue
        $check.Requests | Should -Be @('POST /service-account-token')
    }

    It 'reports a wrong secret and a removed credential as Authenticated False with invalid_client' {
        $created = New-SmoochOrganizationCredential -OrganizationId $script:org.Id -ServiceAccountId $script:org.ServiceAccountId -Name "check-$script:suffix" -Session $script:orgAdmin
        $wrongSession = New-ClientSession $created.ClientId $script:wrong
        $session = New-ClientSession $created.ClientId $created.ClientSecret

        $wrong = Test-SmoochConnection -Session $wrongSession -ErrorAction Stop
        $before = Test-SmoochConnection -Session $session -ErrorAction Stop
        $created | Remove-SmoochOrganizationCredential -Force -Session $script:orgAdmin
        $revoked = Invoke-Check { Test-SmoochConnection -Session $session -ErrorAction Stop }

        $wrong.Authenticated | Should -BeFalse
        $wrong.ErrorId | Should -Be 'invalid_client'
        $before.Authenticated | Should -BeTrue
        $revoked.Result.Authenticated | Should -BeFalse
        $revoked.Result.Status | Should -Be 401
        $revoked.Result.ErrorId | Should -Be 'invalid_client'
        $revoked.Requests | Should -Be @('POST /service-account-token')
    }
}

Describe 'Test-SmoochConnection sessions, pipeline, Verbose and failures' {
    BeforeEach {
        Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:uri
        Connect-Smooch -ClientCredential $script:orgCredential -BaseUri $script:uri
    }

    It 'checks each default session without -Session, and sessions piped from Get-SmoochSession' {
        $defaults = Invoke-Check { Test-SmoochConnection }
        $piped = Invoke-Check { Get-SmoochSession -Api Organization | Test-SmoochConnection }

        @($defaults.Result).Api | Should -Be @('Sunshine', 'Organization')
        @($defaults.Result).Authenticated | Should -Be @($true, $true)
        $defaults.Requests | Sort-Object | Should -Be @('GET /v2/apps', 'POST /service-account-token')
        @($piped.Result).Kind | Should -Be @('OrganizationCredential')
        $piped.Requests | Should -Be @('POST /service-account-token')
    }

    It 'says how to connect when there is no session' {
        Disconnect-Smooch

        { Test-SmoochConnection -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,*'
    }

    It 'shows the request in Verbose, never a secret' {
        $verbose = Test-SmoochConnection -Session $script:admin -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | Out-String

        $verbose | Should -Match 'GET /v2/apps'
        $verbose | Should -Match 'authenticated'
        foreach ($secret in Get-AllSecrets) { $verbose | Should -Not -Match ([regex]::Escape($secret)) }
    }

    It 'writes an error, not Authenticated False, when the API cannot be reached' {
        $session = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:uri -MaxRetries 0 -PassThru
        Add-EmulatorFault $script:emulator @{ method = 'GET'; pathPattern = '/v2/apps'; kind = 'Status'; status = 503; count = 5 }
        try {
            $result = Test-SmoochConnection -Session $session -ErrorAction SilentlyContinue -ErrorVariable failures
        }
        finally { Clear-EmulatorFault $script:emulator }

        $result | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        $failures[0].TargetObject | Should -Be $session
    }

    It 'writes an error for a closed session' {
        $session = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:uri -PassThru
        $session | Disconnect-Smooch

        { Test-SmoochConnection -Session $session -ErrorAction Stop } | Should -Throw -ErrorId 'SessionClosed,*'
    }
}

Describe 'Connect-Smooch -Validate' {
    It 'connects after exactly the one read-only request when the key authenticates' {
        Disconnect-Smooch

        $check = Invoke-Check { Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:uri -Validate }

        $check.Requests | Should -Be @('GET /v2/apps')
        (Get-SmoochSession -Api Sunshine).KeyId | Should -Be $script:emulator.KeyId
    }

    It 'sends nothing without -Validate' {
        $check = Invoke-Check { Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:wrong -BaseUri $script:uri }

        $check.Requests | Should -BeNullOrEmpty
        (Get-SmoochSession -Api Sunshine).KeyId | Should -Be $script:emulator.KeyId
    }

    It 'refuses a wrong secret with a terminating error and connects nothing' {
        Disconnect-Smooch
        Clear-EmulatorJournal $script:emulator

        $failure = $null
        try { Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:wrong -BaseUri $script:uri -Validate -PassThru } catch { $failure = $_ }

        $failure | Should -Not -BeNullOrEmpty
        $failure.FullyQualifiedErrorId | Should -BeLike 'unauthorized,*'
        $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failure.Exception.Message | Should -Match 'refused the credential'
        $failure.Exception.Message | Should -Not -Match ([regex]::Escape((ConvertFrom-TestSecureString $script:wrong)))
        Get-SmoochSession | Should -BeNullOrEmpty
        @(Get-EmulatorJournal $script:emulator | ForEach-Object { "$($_.method) $($_.path)" }) | Should -Be @('GET /v2/apps')
    }

    It 'leaves the previous default session in place when it refuses' {
        $before = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:uri -PassThru

        { Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:wrong -BaseUri $script:uri -Validate } | Should -Throw -ErrorId 'unauthorized,*'

        $after = Get-SmoochSession -Api Sunshine
        $after.ConnectedAt | Should -Be $before.ConnectedAt
        $after.IsConnected | Should -BeTrue
    }

    It 'refuses a kind it cannot check, sending nothing' {
        Disconnect-Smooch
        $key = $script:parent | New-SmoochIntegrationKey -DisplayName "validate-$script:suffix" -Session $script:admin
        Clear-EmulatorJournal $script:emulator

        { Connect-Smooch -KeyId $key.KeyId -Secret $key.Secret -BaseUri $script:uri -Validate } | Should -Throw -ErrorId 'CredentialNotChecked,*'

        Get-EmulatorJournal $script:emulator | Should -BeNullOrEmpty
        Get-SmoochSession | Should -BeNullOrEmpty
    }

    It 'validates an organization credential with one token exchange, and refuses a wrong one' {
        Disconnect-Smooch

        $good = Invoke-Check { Connect-Smooch -ClientCredential $script:orgCredential -BaseUri $script:uri -Validate }
        Disconnect-Smooch
        { Connect-Smooch -ClientCredential ([pscredential]::new($script:org.ClientId, $script:wrong)) -BaseUri $script:uri -Validate } | Should -Throw -ErrorId 'invalid_client,*'

        $good.Requests | Should -Be @('POST /service-account-token')
        Get-SmoochSession | Should -BeNullOrEmpty
    }

    It 'connects neither API from SMOOCH_* variables when one of the two credentials is refused' {
        Disconnect-Smooch
        $saved = @{}
        $environment = @{
            SMOOCH_KEY_ID = $script:emulator.KeyId; SMOOCH_SECRET = (ConvertFrom-TestSecureString $script:emulator.Secret); SMOOCH_BASE_URI = $script:uri
            SMOOCH_CLIENT_ID = $script:org.ClientId; SMOOCH_CLIENT_SECRET = (ConvertFrom-TestSecureString $script:wrong); SMOOCH_ORGANIZATION_BASE_URI = $script:uri
        }
        foreach ($name in $environment.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $environment[$name]) }
        try {
            $check = Invoke-Check { try { Connect-Smooch -Validate } catch { $_ } }
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }

        $check.Result.FullyQualifiedErrorId | Should -BeLike 'invalid_client,*'
        $check.Requests | Sort-Object | Should -Be @('GET /v2/apps', 'POST /service-account-token')
        Get-SmoochSession | Should -BeNullOrEmpty
    }

    It 'shows the check in Verbose, never a secret' {
        $verbose = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:uri -Validate -Verbose 4>&1 | Out-String

        $verbose | Should -Match 'Checking the credential'
        $verbose | Should -Match 'GET /v2/apps'
        $verbose | Should -Match 'Connected to'
        foreach ($secret in Get-AllSecrets) { $verbose | Should -Not -Match ([regex]::Escape($secret)) }
    }
}

Describe 'A runbook with Connect-Smooch -Validate' {
    It 'exits non-zero with a clear message when the SMOOCH_* key is refused, and shows no secret' {
        $wrongText = ConvertFrom-TestSecureString $script:wrong
        $environment = @{
            SMOOCH_KEY_ID = $script:emulator.KeyId; SMOOCH_SECRET = $wrongText; SMOOCH_BASE_URI = $script:uri
            SMOOCH_ORGANIZATION_BASE_URI = $null; SMOOCH_CLIENT_ID = $null; SMOOCH_CLIENT_SECRET = $null
        }
        Clear-EmulatorJournal $script:emulator

        $run = Invoke-FreshPwshProcess -Script "`$ErrorActionPreference = 'Stop'; Import-Module '$(Get-StagedModulePath)'; Connect-Smooch -Validate; 'unreachable'" -Environment $environment
        $text = $run.Output -join "`n"

        $run.ExitCode | Should -Not -Be 0
        $run.Output | Should -Not -Contain 'unreachable'
        $text | Should -Match 'refused the credential'
        $text | Should -Match ([regex]::Escape($script:emulator.KeyId))
        $text | Should -Not -Match ([regex]::Escape($wrongText))
        @(Get-EmulatorJournal $script:emulator | ForEach-Object { "$($_.method) $($_.path)" }) | Should -Be @('GET /v2/apps')
    }

    It 'exits 0 and runs on when the key authenticates' {
        $environment = @{
            SMOOCH_KEY_ID = $script:emulator.KeyId; SMOOCH_SECRET = (ConvertFrom-TestSecureString $script:emulator.Secret); SMOOCH_BASE_URI = $script:uri
            SMOOCH_ORGANIZATION_BASE_URI = $null; SMOOCH_CLIENT_ID = $null; SMOOCH_CLIENT_SECRET = $null
        }

        $run = Invoke-FreshPwshProcess -Script "`$ErrorActionPreference = 'Stop'; Import-Module '$(Get-StagedModulePath)'; Connect-Smooch -Validate; 'validated'" -Environment $environment

        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        $run.Output | Should -Contain 'validated'
    }
}
