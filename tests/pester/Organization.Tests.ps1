#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Every organization API cmdlet against the emulator, connected with a seeded client credential.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator -Organization 'pester-org', 'other-org'
    $script:org = $script:emulator.Organizations | Where-Object Id -eq 'pester-org'
    $script:otherOrg = $script:emulator.Organizations | Where-Object Id -eq 'other-org'
    $credential = [pscredential]::new($script:org.ClientId, $script:org.ClientSecret)
    Connect-Smooch -ClientCredential $credential -BaseUri $script:emulator.BaseUri
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'Connecting with client credentials' {
    It 'found the seeded organization in the emulator banner' {
        $script:org | Should -Not -BeNullOrEmpty
        $script:org.ClientId | Should -Not -BeNullOrEmpty
    }

    It 'is an organization API session that shows the client id only' {
        $session = Get-SmoochSession -Api Organization

        $session.AuthMode | Should -Be 'ClientCredentials'
        $session.KeyId | Should -Be $script:org.ClientId
        ($session | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape((ConvertFrom-TestSecureString $script:org.ClientSecret)))
    }
}

Describe 'Organization service accounts' {
    It 'lists the seeded service account' {
        (Get-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id).ServiceAccountId | Should -Contain $script:org.ServiceAccountId
    }

    It 'creates, updates and removes a service account' {
        $created = New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name 'pester-sa' -Description 'created by Pester'

        $created.OrganizationId | Should -Be $script:org.Id
        $created.Name | Should -Be 'pester-sa'
        $created.PSObject.TypeNames[0] | Should -Be 'Smooch.OrganizationServiceAccount'

        $updated = $created | Set-SmoochOrganizationServiceAccount -Description 'changed' -PassThru
        $updated.Description | Should -Be 'changed'
        $updated.Name | Should -Be 'pester-sa'

        $created | Remove-SmoochOrganizationServiceAccount -Force
        Get-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name 'pester-sa' | Should -BeNullOrEmpty
    }

    It 'includes permissions with -ExpandPermissions' {
        $accounts = @(Get-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -ExpandPermissions -ErrorAction Stop)

        $accounts.Count | Should -BeGreaterThan 0
        $accounts[0].Permissions | Should -Not -BeNullOrEmpty
        (Get-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -First 1).Permissions | Should -BeNullOrEmpty
    }
}

Describe 'Organization credentials' {
    BeforeAll {
        $script:account = New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name 'pester-creds'
    }

    AfterAll {
        $script:account | Remove-SmoochOrganizationServiceAccount -Force -ErrorAction SilentlyContinue
    }

    It 'creates a credential whose client secret is a SecureString and that can connect' {
        $created = $script:account | New-SmoochOrganizationCredential -Name 'pester-cred'

        $created.ClientId | Should -Not -BeNullOrEmpty
        $created.ClientSecret | Should -BeOfType [securestring]
        $session = Connect-Smooch -ClientCredential ([pscredential]::new($created.ClientId, $created.ClientSecret)) -BaseUri $script:emulator.BaseUri -PassThru
        { Get-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Session $session -First 1 -ErrorAction Stop } | Should -Not -Throw

        $credential = [pscredential]::new($script:org.ClientId, $script:org.ClientSecret)
        Connect-Smooch -ClientCredential $credential -BaseUri $script:emulator.BaseUri
    }

    It 'lists credentials through the pipeline from the service account, never with a secret' {
        $credentials = @($script:account | Get-SmoochOrganizationCredential)

        $credentials.Count | Should -Be 1
        $credentials[0].Name | Should -Be 'pester-cred'
        $credentials[0].ClientSecret | Should -BeNullOrEmpty
    }

    It 'renames and removes credentials through the pipeline' {
        $renamed = $script:account | Get-SmoochOrganizationCredential | Set-SmoochOrganizationCredential -Name 'renamed' -PassThru
        $renamed.Name | Should -Be 'renamed'

        $script:account | Get-SmoochOrganizationCredential | Remove-SmoochOrganizationCredential -Confirm:$false
        $script:account | Get-SmoochOrganizationCredential | Should -BeNullOrEmpty
    }

    It 'lists piped service accounts of different organizations, each in its own organization' {
        # -ThrottleLimit 1 and a slow answer: the later inputs start after the last one has rebound -OrganizationId.
        $inputs = @(
            [pscustomobject]@{ OrganizationId = $script:org.Id; ServiceAccountId = $script:org.ServiceAccountId }
            [pscustomobject]@{ OrganizationId = $script:org.Id; ServiceAccountId = $script:account.ServiceAccountId }
            [pscustomobject]@{ OrganizationId = $script:otherOrg.Id; ServiceAccountId = $script:otherOrg.ServiceAccountId })
        Clear-EmulatorJournal $script:emulator
        Set-EmulatorLatency $script:emulator 100
        try {
            $listed = @($inputs | Get-SmoochOrganizationCredential -ThrottleLimit 1 -ErrorAction SilentlyContinue -ErrorVariable failed)
        }
        finally {
            Set-EmulatorLatency $script:emulator 0
        }

        $paths = @(Get-EmulatorJournal $script:emulator | Where-Object path -like '*/credentials*' | ForEach-Object path)
        $paths.Count | Should -Be 3
        foreach ($in in $inputs) {
            @($paths -like "*/$($in.OrganizationId)/*/$($in.ServiceAccountId)/credentials*").Count | Should -Be 1 -Because "$($in.ServiceAccountId) belongs to $($in.OrganizationId) (sent: $($paths -join ', '))"
        }
        $listed.ServiceAccountId | Should -Contain $script:org.ServiceAccountId
        # The session's credential belongs to pester-org: the other organization's list is refused, for that input only.
        $failed.Count | Should -Be 1
        $failed[0].TargetObject | Should -Be $script:otherOrg.ServiceAccountId
    }
}
