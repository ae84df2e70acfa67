#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# -WhatIf, -Confirm:$false and -Force on every cmdlet that changes state (every cmdlet with -WhatIf), against the
# emulator: -WhatIf sends no request that changes anything and changes nothing; -Confirm:$false, and -Force where the
# cmdlet has it, make the change without a prompt (the specs run non-interactively, so a prompt would fail).

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $changing = @(Get-Command -Module Smooch -CommandType Cmdlet | Where-Object { $_.Parameters.ContainsKey('WhatIf') } | ForEach-Object { @{ Name = $_.Name } })
    $forced = @($changing | Where-Object { (Get-Command $_.Name).Parameters.ContainsKey('Force') })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator -Organization 'confirm-org'
    $script:org = $script:emulator.Organizations[0]
    $script:parent = Get-SeededCustomIntegration $script:emulator
    Connect-SmoochTestEmulator $script:emulator

    function New-UniqueName { 'sp-' + [Guid]::NewGuid().ToString('N').Substring(0, 10) }

    # Per cmdlet: Arrange makes a fresh target, Act runs the cmdlet on it with the given switches, Done says
    # (from the API) whether the change happened.
    $script:scenarios = @{
        'New-SmoochServiceAccount'                = @{
            Arrange = { @{ Name = New-UniqueName } }
            Act     = { param($t, $s) New-SmoochServiceAccount -Name $t.Name @s }
            Done    = { param($t) [bool](Get-SmoochServiceAccount -Name $t.Name) }
        }
        'Set-SmoochServiceAccount'                = @{
            Arrange = { New-SmoochServiceAccount -Name (New-UniqueName) }
            Act     = { param($t, $s) $t | Set-SmoochServiceAccount -Name "$($t.Name)-set" @s }
            Done    = { param($t) (Get-SmoochServiceAccount -ServiceAccountId $t.ServiceAccountId).Name -eq "$($t.Name)-set" }
        }
        'Remove-SmoochServiceAccount'             = @{
            Arrange = { New-SmoochServiceAccount -Name (New-UniqueName) }
            Act     = { param($t, $s) $t | Remove-SmoochServiceAccount @s }
            Done    = { param($t) -not (Get-SmoochServiceAccount -Name $t.Name) }
        }
        'New-SmoochServiceAccountKey'             = @{
            Arrange = { New-SmoochServiceAccount -Name (New-UniqueName) }
            Act     = { param($t, $s) $t | New-SmoochServiceAccountKey -Name 'key' @s }
            Done    = { param($t) [bool]($t | Get-SmoochServiceAccountKey) }
        }
        'Remove-SmoochServiceAccountKey'          = @{
            Arrange = { New-SmoochServiceAccount -Name (New-UniqueName) | New-SmoochServiceAccountKey -Name 'key' }
            Act     = { param($t, $s) $t | Remove-SmoochServiceAccountKey @s }
            Done    = { param($t) -not (Get-SmoochServiceAccountKey -ServiceAccountId $t.ServiceAccountId) }
        }
        'New-SmoochAppKey'                        = @{
            Arrange = { @{ Name = New-UniqueName } }
            Act     = { param($t, $s) New-SmoochAppKey -AppId $script:parent.AppId -DisplayName $t.Name @s }
            Done    = { param($t) [bool](Get-SmoochAppKey -AppId $script:parent.AppId -DisplayName $t.Name) }
        }
        'Remove-SmoochAppKey'                     = @{
            Arrange = { New-SmoochAppKey -AppId $script:parent.AppId -DisplayName (New-UniqueName) }
            Act     = { param($t, $s) $t | Remove-SmoochAppKey @s }
            Done    = { param($t) -not (Get-SmoochAppKey -AppId $t.AppId -DisplayName $t.DisplayName) }
        }
        'New-SmoochIntegrationKey'                = @{
            Arrange = { @{ Name = New-UniqueName } }
            Act     = { param($t, $s) $script:parent | New-SmoochIntegrationKey -DisplayName $t.Name @s }
            Done    = { param($t) [bool]($script:parent | Get-SmoochIntegrationKey -DisplayName $t.Name) }
        }
        'Remove-SmoochIntegrationKey'             = @{
            Arrange = { $script:parent | New-SmoochIntegrationKey -DisplayName (New-UniqueName) }
            Act     = { param($t, $s) $t | Remove-SmoochIntegrationKey @s }
            Done    = { param($t) -not ($script:parent | Get-SmoochIntegrationKey -DisplayName $t.DisplayName) }
        }
        'New-SmoochOrganizationServiceAccount'    = @{
            Arrange = { @{ Name = New-UniqueName } }
            Act     = { param($t, $s) New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name $t.Name @s }
            Done    = { param($t) [bool](Get-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name $t.Name) }
        }
        'Set-SmoochOrganizationServiceAccount'    = @{
            Arrange = { New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name (New-UniqueName) }
            Act     = { param($t, $s) $t | Set-SmoochOrganizationServiceAccount -Description 'changed' @s }
            Done    = { param($t) ($t | Get-SmoochOrganizationServiceAccount).Description -eq 'changed' }
        }
        'Remove-SmoochOrganizationServiceAccount' = @{
            Arrange = { New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name (New-UniqueName) }
            Act     = { param($t, $s) $t | Remove-SmoochOrganizationServiceAccount @s }
            Done    = { param($t) -not (Get-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name $t.Name) }
        }
        'New-SmoochOrganizationCredential'        = @{
            Arrange = { New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name (New-UniqueName) }
            Act     = { param($t, $s) $t | New-SmoochOrganizationCredential -Name 'cred' @s }
            Done    = { param($t) [bool]($t | Get-SmoochOrganizationCredential) }
        }
        'Set-SmoochOrganizationCredential'        = @{
            Arrange = { New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name (New-UniqueName) | New-SmoochOrganizationCredential -Name 'cred' }
            Act     = { param($t, $s) $t | Set-SmoochOrganizationCredential -Name 'renamed' @s }
            Done    = { param($t) (Get-SmoochOrganizationCredential -OrganizationId $t.OrganizationId -ServiceAccountId $t.ServiceAccountId).Name -eq 'renamed' }
        }
        'Remove-SmoochOrganizationCredential'     = @{
            Arrange = { New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name (New-UniqueName) | New-SmoochOrganizationCredential -Name 'cred' }
            Act     = { param($t, $s) $t | Remove-SmoochOrganizationCredential @s }
            Done    = { param($t) -not (Get-SmoochOrganizationCredential -OrganizationId $t.OrganizationId -ServiceAccountId $t.ServiceAccountId) }
        }
        'Invoke-SmoochKeyRotation'                = @{
            Arrange = { New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name (New-UniqueName) | New-SmoochOrganizationCredential -Name 'cred' | Get-SmoochOrganizationCredential }
            Act     = { param($t, $s) $t | Invoke-SmoochKeyRotation @s }
            Done    = { param($t) -not (Get-SmoochOrganizationCredential -OrganizationId $t.OrganizationId -ServiceAccountId $t.ServiceAccountId | Where-Object CredentialId -eq $t.CredentialId) }
        }
    }

    # Runs a scenario with the switches; returns the requests that changed state and whether the change happened.
    function Invoke-Scenario([string] $Name, [hashtable] $Switches) {
        $scenario = $script:scenarios[$Name]
        if (-not $scenario) { throw "$Name changes state but has no scenario in this spec; add one." }
        $target = & $scenario.Arrange
        Clear-EmulatorJournal $script:emulator
        $null = & $scenario.Act $target $Switches
        $changes = @(Get-EmulatorJournal $script:emulator | Where-Object method -ne 'GET')
        [pscustomobject]@{ Changes = $changes; Done = [bool](& $scenario.Done $target) }
    }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe '<Name>' -ForEach $changing {
    It '-WhatIf sends no request that changes state and changes nothing' {
        $run = Invoke-Scenario $Name @{ WhatIf = $true }

        $run.Changes | Should -BeNullOrEmpty
        $run.Done | Should -BeFalse
    }

    It '-Confirm:$false makes the change' {
        $run = Invoke-Scenario $Name @{ Confirm = $false }

        $run.Changes.Count | Should -BeGreaterOrEqual 1
        $run.Changes | ForEach-Object { $_.status | Should -BeLessThan 300 }
        $run.Done | Should -BeTrue
    }
}

Describe '<Name> -Force' -ForEach $forced {
    It 'makes the change without a prompt' {
        $run = Invoke-Scenario $Name @{ Force = $true }

        $run.Changes.Count | Should -BeGreaterOrEqual 1
        $run.Done | Should -BeTrue
    }

    It 'still sends nothing with -WhatIf' {
        $run = Invoke-Scenario $Name @{ Force = $true; WhatIf = $true }

        $run.Changes | Should -BeNullOrEmpty
        $run.Done | Should -BeFalse
    }
}
