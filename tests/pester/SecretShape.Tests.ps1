#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# A created secret is read by name ($key.Secret, a SecureString) and never enumerated: ConvertTo-Json,
# Format-Table *, Format-List *, Select-Object * and Export-Csv leave it out.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator -Organization 'hidden-shape-org'
    $script:parent = Get-SeededCustomIntegration $script:emulator
    $script:org = $script:emulator.Organizations | Where-Object Id -eq 'hidden-shape-org'
    Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri
    Connect-Smooch -ClientCredential ([pscredential]::new($script:org.ClientId, $script:org.ClientSecret)) -BaseUri $script:emulator.BaseUri
    $script:key = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'hidden-shape'
}

AfterAll {
    try {
        Remove-SmoochAppKey -AppId $script:parent.AppId -KeyId $script:key.KeyId -Force -ErrorAction SilentlyContinue
        Disconnect-Smooch
    }
    finally { Stop-SmoochTestEmulator $script:emulator }
}

Describe 'A new app key' {
    It 'has its secret as a SecureString that the emulator accepts' {
        $script:key.Secret | Should -BeOfType ([securestring])
        $session = Connect-Smooch -KeyId $script:key.KeyId -Secret $script:key.Secret -BaseUri $script:emulator.BaseUri -PassThru
        try {
            # An app key may list its own app's integration keys; a wrong secret would be 401.
            { Get-SmoochIntegrationKey -AppId $script:parent.AppId -IntegrationId $script:parent.IntegrationId -Session $session -ErrorAction Stop } | Should -Not -Throw
        }
        finally {
            $session | Disconnect-Smooch
            Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri
        }
    }

    It 'converts to JSON without the secret or its length' {
        $json = $script:key | ConvertTo-Json

        $json | Should -Not -BeLike '*Secret*'
        $json | Should -Not -BeLike '*Length*'
        ($json | ConvertFrom-Json).KeyId | Should -Be $script:key.KeyId
    }

    It 'has no Secret column in Format-Table * nor line in Format-List *' {
        $table = $script:key | Format-Table * | Out-String
        $list = $script:key | Format-List * | Out-String

        $table | Should -BeLike '*KeyId*'
        $table | Should -Not -BeLike '*Secret*'
        $list | Should -Not -BeLike '*Secret*'
    }

    It 'leaves the secret out of Select-Object * and Export-Csv' {
        ($script:key | Select-Object *).PSObject.Properties.Name | Should -Not -Contain 'Secret'
        ($script:key | ConvertTo-Csv) -join "`n" | Should -Not -BeLike '*Secret*'
    }

    It 'hides the secret even as plain text (-AsPlainText), which is still readable by name' {
        $plain = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'hidden-shape-plain' -AsPlainText
        try {
            $plain.Secret | Should -BeOfType ([string])
            $plain | ConvertTo-Json | Should -Not -BeLike "*$($plain.Secret)*"
            $plain | Format-Table * | Out-String | Should -Not -BeLike "*$($plain.Secret)*"
        }
        finally { Remove-SmoochAppKey -AppId $script:parent.AppId -KeyId $plain.KeyId -Force }
    }
}

Describe 'Other created secrets' {
    It 'a new organization credential converts to JSON without its client secret' {
        $credential = New-SmoochOrganizationCredential -OrganizationId $script:org.Id -ServiceAccountId $script:org.ServiceAccountId -Name 'hidden-shape'
        try {
            $credential.ClientSecret | Should -BeOfType ([securestring])
            $credential | ConvertTo-Json | Should -Not -BeLike '*ClientSecret*'
            $credential | Format-Table * | Out-String | Should -Not -BeLike '*ClientSecret*'
        }
        finally { $credential | Remove-SmoochOrganizationCredential -Force }
    }
}
