#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# A runbook: a script in a new, non-interactive pwsh process that imports the staged module, connects from the
# SMOOCH_* environment variables, does its work and reports success or failure through its exit code, without
# ever printing a secret.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator
    Connect-SmoochTestEmulator $script:emulator
    $script:secret = ConvertFrom-TestSecureString $script:emulator.Secret

    # The runbook's environment: every SMOOCH_* variable Connect-Smooch reads is set here or explicitly unset.
    function New-RunbookEnvironment([string] $Secret) {
        @{
            SMOOCH_KEY_ID                = $script:emulator.KeyId
            SMOOCH_SECRET                = $Secret
            SMOOCH_BASE_URI              = $script:emulator.BaseUri
            SMOOCH_ORGANIZATION_BASE_URI = $null
            SMOOCH_CLIENT_ID             = $null
            SMOOCH_CLIENT_SECRET         = $null
        }
    }

    function Invoke-Runbook([string] $Body, [hashtable] $Environment) {
        $script = "`$ErrorActionPreference = 'Stop'; Import-Module '$(Get-StagedModulePath)'; Connect-Smooch; $Body"
        Invoke-FreshPwshProcess -Script $script -Environment $Environment
    }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'A runbook connected from SMOOCH_* variables' {
    It 'lists and creates, and exits 0' {
        $name = 'runbook-' + [Guid]::NewGuid().ToString('N').Substring(0, 8)
        $body = @"
`$account = New-SmoochServiceAccount -Name '$name'
`$key = `$account | New-SmoochServiceAccountKey -Name 'runbook'
"created `$(`$account.ServiceAccountId) `$(`$key.KeyId)"
"listed `$(@(Get-SmoochServiceAccount -Name '$name').Count) `$(@(`$account | Get-SmoochServiceAccountKey).Count)"
exit 0
"@
        Clear-EmulatorJournal $script:emulator

        $run = Invoke-Runbook $body (New-RunbookEnvironment $script:secret)

        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        $account = Get-SmoochServiceAccount -Name $name
        $run.Output | Should -Contain "created $($account.ServiceAccountId) $(($account | Get-SmoochServiceAccountKey).KeyId)"
        $run.Output | Should -Contain 'listed 1 1'
        @(Get-EmulatorJournal $script:emulator | Where-Object method -eq 'POST').Count | Should -Be 2
        ($run.Output -join "`n") | Should -Not -Match ([regex]::Escape($script:secret))
        $account | Remove-SmoochServiceAccount -Force
    }
}

Describe 'A failing runbook' {
    It 'exits non-zero with a wrong secret, and its error shows neither secret' {
        $wrong = 'wrong-' + [Guid]::NewGuid().ToString('N')

        $run = Invoke-Runbook "Get-SmoochServiceAccount -First 1; 'unreachable'" (New-RunbookEnvironment $wrong)
        $text = $run.Output -join "`n"

        $run.ExitCode | Should -Not -Be 0
        $run.Output | Should -Not -Contain 'unreachable'
        $text | Should -Match '401'
        $text | Should -Not -Match ([regex]::Escape($wrong))
        $text | Should -Not -Match ([regex]::Escape($script:secret))
    }

    It 'exits non-zero without prompting when a variable is missing, naming it' {
        $environment = New-RunbookEnvironment $null

        $run = Invoke-Runbook "Get-SmoochServiceAccount -First 1; 'unreachable'" $environment

        $run.ExitCode | Should -Not -Be 0
        $run.Output | Should -Not -Contain 'unreachable'
        ($run.Output -join "`n") | Should -Match 'SMOOCH_SECRET'
    }
}
