#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Errors: non-terminating per input item with ErrorId, category and target; terminating when there is no
# usable session; bad input refused before any request; transient failures retried.

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

Describe 'A failing input item' {
    It 'is a non-terminating ObjectNotFound error and the other items still run' {
        $existing = New-SmoochServiceAccount -Name ('pester-err-' + [Guid]::NewGuid().ToString('N').Substring(0, 8))
        $missing = '0123456789abcdef01234567'

        $found = @(Get-SmoochServiceAccount -ServiceAccountId $missing, $existing.ServiceAccountId -ErrorVariable failures -ErrorAction SilentlyContinue)

        $found.ServiceAccountId | Should -Be @($existing.ServiceAccountId)
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be $missing
        $failures[0].FullyQualifiedErrorId | Should -Not -BeNullOrEmpty
        $failures[0].Exception.GetType().Name | Should -Be 'SmoochApiException'
        $failures[0].Exception.StatusCode | Should -Be 404

        $existing | Remove-SmoochServiceAccount -Force
    }

    It 'stops the pipeline with -ErrorAction Stop' {
        { Remove-SmoochAppKey -AppId $script:parent.AppId -KeyId 'app_0123456789abcdef01234567' -Force -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Invalid input' {
    It 'is an InvalidArgument error naming the problem, and no request is sent' {
        Clear-EmulatorJournal $script:emulator

        $failure = $null
        # An id that would change the request path ('/', '?', '#', '..') is refused on the client.
        try { Get-SmoochAppKey -AppId '../../v1.1/serviceaccounts' -ErrorAction Stop } catch { $failure = $_ }

        $failure | Should -Not -BeNullOrEmpty
        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.Exception.Message | Should -Match 'appId|AppId'
        Get-EmulatorJournal $script:emulator | Should -BeNullOrEmpty
    }

    It 'refuses a plain-http base address that is not loopback' {
        { Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri 'http://example.com' -ErrorAction Stop } | Should -Throw '*https*'
    }
}

Describe 'Sessions' {
    It 'is a terminating NotConnected error when the API has no session' {
        Disconnect-Smooch -Api Organization

        { Get-SmoochOrganizationServiceAccount -OrganizationId 'any' } | Should -Throw -ErrorId 'NotConnected*'
    }

    It 'refuses a session of the other API' {
        $sunshine = Get-SmoochSession -Api Sunshine

        { Get-SmoochOrganizationServiceAccount -OrganizationId 'any' -Session $sunshine } | Should -Throw -ErrorId 'WrongSessionApi*'
    }

    It 'refuses a closed session' {
        $closed = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri -PassThru
        $closed | Disconnect-Smooch

        { Get-SmoochServiceAccount -Session $closed } | Should -Throw -ErrorId 'SessionClosed*'

        Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri
    }
}

Describe 'Transient failures' {
    AfterEach { Clear-EmulatorFault $script:emulator }

    It 'retries a rate-limited request and succeeds' {
        Add-EmulatorFault $script:emulator @{ method = 'GET'; pathPattern = '/v2/apps/*/keys'; kind = 'RateLimit'; count = 1; retryAfter = '1' }

        { Get-SmoochAppKey -AppId $script:parent.AppId -ErrorAction Stop } | Should -Not -Throw
    }

    It 'reports a LimitsExceeded error when the API keeps answering 429' {
        Add-EmulatorFault $script:emulator @{ method = 'GET'; pathPattern = '/v2/apps/*/keys'; kind = 'RateLimit'; count = 100; retryAfter = '0' }

        $session = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri -MaxRetries 1 -PassThru
        Get-SmoochAppKey -AppId $script:parent.AppId -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }
}

Describe 'A create whose response breaks off' {
    # The client's pipeline carries "the body broke off" from its HTTP handler to the classifier; these prove, in real
    # pwsh against the emulator's journal, what a cmdlet makes of it: the POST is never sent again.
    BeforeEach { Clear-EmulatorJournal $script:emulator }
    AfterEach { Clear-EmulatorFault $script:emulator }

    It 'keeps the secret that arrived and warns when the body breaks off after it' {
        # The emulator writes id, displayName, secret: the first '"}' ends the secret, so only the final '}' is lost.
        Add-EmulatorFault $script:emulator @{ method = 'POST'; pathPattern = '/v2/apps/*/keys'; kind = 'TruncatedBody'; truncateAfter = '"}' }
        $name = 'pester-cut-' + [Guid]::NewGuid().ToString('N').Substring(0, 8)

        $key = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName $name -WarningVariable warnings -WarningAction SilentlyContinue

        $key.KeyId | Should -BeLike 'app_*'
        $key.Secret | Should -BeOfType [securestring]
        $key.Secret.Length | Should -BeGreaterThan 0
        $warnings.Count | Should -Be 1
        $warnings[0].Message | Should -BeLike '*damaged*the secret was recovered*'
        @(Get-EmulatorJournal $script:emulator | Where-Object { $_.method -eq 'POST' }).Count | Should -Be 1
        (Get-SmoochAppKey -AppId $script:parent.AppId -KeyId $key.KeyId).DisplayName | Should -Be $name

        $key | Remove-SmoochAppKey -Force
    }

    It 'names the created key in its error when the body breaks off inside the secret' {
        Add-EmulatorFault $script:emulator @{ method = 'POST'; pathPattern = '/v2/apps/*/keys'; kind = 'TruncatedBody'; truncateAfter = '"secret":"' }
        $name = 'pester-cut-' + [Guid]::NewGuid().ToString('N').Substring(0, 8)

        $key = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName $name -ErrorVariable failures -ErrorAction SilentlyContinue
        $created = @(Get-SmoochAppKey -AppId $script:parent.AppId -DisplayName $name)

        $key | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $created.Count | Should -Be 1
        $failures[0].Exception.Message | Should -BeLike "*created app key $($created[0].KeyId), but its response was damaged*"
        @(Get-EmulatorJournal $script:emulator | Where-Object { $_.method -eq 'POST' }).Count | Should -Be 1

        $created | Remove-SmoochAppKey -Force
    }
}
