#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# What only a real engine does with the cmdlets: $ErrorActionPreference turning a per-item error into an exception,
# ForEach-Object -Parallel runspaces each with their own session, and a transcript of a whole session.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator
    $script:parent = Get-SeededCustomIntegration $script:emulator
    Connect-SmoochTestEmulator $script:emulator
    $script:missing = '0123456789abcdef01234567'

    function New-UniqueName([string] $Prefix) { $Prefix + [Guid]::NewGuid().ToString('N').Substring(0, 10) }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe '$ErrorActionPreference = Stop' {
    It 'turns a per-item error into an exception that try/catch catches, with the same ErrorRecord' {
        $existing = New-SmoochServiceAccount -Name (New-UniqueName 'eap-')
        Get-SmoochServiceAccount -ServiceAccountId $script:missing -ErrorAction SilentlyContinue -ErrorVariable nonTerminating
        $caught = $null
        $reached = $false

        $previous = $ErrorActionPreference
        $ErrorActionPreference = 'Stop'
        try {
            Get-SmoochServiceAccount -ServiceAccountId $script:missing, $existing.ServiceAccountId
            $reached = $true
        }
        catch { $caught = $_ }
        finally { $ErrorActionPreference = $previous }

        $nonTerminating.Count | Should -Be 1
        $caught | Should -Not -BeNullOrEmpty
        $reached | Should -BeFalse
        $caught.FullyQualifiedErrorId | Should -Be $nonTerminating[0].FullyQualifiedErrorId
        $caught.FullyQualifiedErrorId | Should -BeLike '*,Smooch.PowerShell.Commands.GetSmoochServiceAccountCommand'
        $caught.TargetObject | Should -Be $script:missing
        $caught.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $caught.Exception.GetType().Name | Should -Be 'SmoochApiException'
        $existing | Remove-SmoochServiceAccount -Force
    }

    It 'does the same for a concurrent bulk removal' {
        $keyId = 'app_' + $script:missing
        $caught = $null

        $previous = $ErrorActionPreference
        $ErrorActionPreference = 'Stop'
        try { Remove-SmoochAppKey -AppId $script:parent.AppId -KeyId $keyId -Force }
        catch { $caught = $_ }
        finally { $ErrorActionPreference = $previous }

        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -BeLike '*,Smooch.PowerShell.Commands.RemoveSmoochAppKeyCommand'
        $caught.TargetObject | Should -Be $keyId
        $caught.CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'ForEach-Object -Parallel' {
    BeforeAll {
        $script:manifest = Get-StagedModulePath
    }

    It 'connects in each runspace and each runspace''s calls succeed, leaving this runspace''s session alone' {
        $before = Get-SmoochSession -Api Sunshine
        $keyId = $script:emulator.KeyId
        $secret = $script:emulator.Secret
        $baseUri = $script:emulator.BaseUri
        $prefix = New-UniqueName 'par-'
        Clear-EmulatorJournal $script:emulator

        $results = @(1..4 | ForEach-Object -ThrottleLimit 4 -ErrorVariable failures -Parallel {
                Import-Module $using:manifest
                Connect-Smooch -KeyId $using:keyId -Secret $using:secret -BaseUri $using:baseUri -AuthMode Jwt
                $created = New-SmoochServiceAccount -Name "$using:prefix-$_" -ErrorAction Stop
                $read = Get-SmoochServiceAccount -ServiceAccountId $created.ServiceAccountId -ErrorAction Stop
                [pscustomobject]@{ Name = $read.Name; ServiceAccountId = $created.ServiceAccountId; AuthMode = (Get-SmoochSession -Api Sunshine).AuthMode }
            })

        $failures | Should -BeNullOrEmpty
        @($results.Name | Sort-Object) | Should -Be @(1..4 | ForEach-Object { "$prefix-$_" })
        @($results.ServiceAccountId | Sort-Object -Unique).Count | Should -Be 4
        $results.AuthMode | Should -Be @('Jwt', 'Jwt', 'Jwt', 'Jwt')
        @(Get-EmulatorJournal $script:emulator | Where-Object method -eq 'POST').Count | Should -Be 4
        # Each runspace has its own default session: this one is still the Basic session it had.
        (Get-SmoochSession -Api Sunshine).ConnectedAt | Should -Be $before.ConnectedAt
        (Get-SmoochSession -Api Sunshine).AuthMode | Should -Be 'Basic'
        Get-SmoochServiceAccount -Name "$prefix-*" | Remove-SmoochServiceAccount -Force
    }

    It 'uses a -Session passed in with $using: in every runspace' {
        $session = Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri -PassThru
        $account = New-SmoochServiceAccount -Name (New-UniqueName 'using-') -Session $session

        $results = @(1..3 | ForEach-Object -ThrottleLimit 3 -ErrorVariable failures -Parallel {
                Import-Module $using:manifest
                (Get-SmoochServiceAccount -ServiceAccountId ($using:account).ServiceAccountId -Session $using:session -ErrorAction Stop).Name
            })

        $failures | Should -BeNullOrEmpty
        $results | Should -Be @($account.Name, $account.Name, $account.Name)
        $account | Remove-SmoochServiceAccount -Force -Session $session
        $session | Disconnect-Smooch
    }
}

Describe 'Start-Transcript' {
    It 'records connecting, creating keys, listing and an error, and no secret' {
        $transcript = Join-Path $TestDrive 'smooch-transcript.txt'
        $secrets = [System.Collections.Generic.List[string]]::new()
        $secrets.Add((ConvertFrom-TestSecureString $script:emulator.Secret))

        Start-Transcript -Path $transcript
        try {
            Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri -Verbose 4>&1 | Out-Host
            $account = New-SmoochServiceAccount -Name (New-UniqueName 'transcript-')
            $accountKey = $account | New-SmoochServiceAccountKey -Name 'transcript' -Verbose 4>&1 | Tee-Object -Variable shown | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
            $shown | Out-Host
            $accountKey | Format-List * | Out-Host
            $appKey = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'transcript'
            $appKey | Out-Host
            $account | Get-SmoochServiceAccountKey | Out-Host
            Get-SmoochAppKey -AppId $script:parent.AppId -Verbose 4>&1 | Out-Host
            # Continue: the spec runner itself runs with $ErrorActionPreference = 'Stop'.
            Get-SmoochServiceAccount -ServiceAccountId $script:missing -ErrorAction Continue 2>&1 | Out-Host
        }
        finally {
            Stop-Transcript
        }
        $secrets.Add((ConvertFrom-TestSecureString $accountKey.Secret))
        $secrets.Add((ConvertFrom-TestSecureString $appKey.Secret))
        $text = Get-Content -Raw -Path $transcript

        # It recorded the session: the new keys, the verbose request lines and the error.
        $text | Should -Match ([regex]::Escape($accountKey.KeyId))
        $text | Should -Match ([regex]::Escape($appKey.KeyId))
        $text | Should -Match 'POST /v1\.1/serviceaccounts/'
        $text | Should -Match ([regex]::Escape($script:missing))
        foreach ($secret in $secrets) { $text | Should -Not -Match ([regex]::Escape($secret)) }
        $text | Should -Not -Match 'eyJ'
        $text | Should -Not -Match 'Authorization'

        $appKey | Remove-SmoochAppKey -Force
        $account | Remove-SmoochServiceAccount -Force
    }
}
