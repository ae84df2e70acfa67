#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# What the formatter shows of every output type, rendered by the real engine from Smooch.Format.ps1xml: each type a
# cmdlet declares has a table view, the default, Format-Table and Format-List texts show its key columns and values,
# and none of them shows the plain text of a secret the module created.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    # The key columns each view must show; the spec fails for an output type that is missing here.
    $keyColumns = [ordered]@{
        'Smooch.Session'                    = 'Api', 'BaseAddress', 'AuthMode', 'KeyId'
        'Smooch.ServiceAccount'             = 'ServiceAccountId', 'Name'
        'Smooch.ServiceAccountKey'          = 'ServiceAccountId', 'KeyId', 'Name'
        'Smooch.ServerJwt'                  = 'ServiceAccountId', 'KeyId'
        'Smooch.App'                        = 'AppId', 'DisplayName'
        'Smooch.Integration'                = 'AppId', 'IntegrationId', 'Type', 'Status', 'DisplayName'
        'Smooch.AppKey'                     = 'AppId', 'KeyId', 'DisplayName'
        'Smooch.IntegrationKey'             = 'AppId', 'IntegrationId', 'KeyId', 'DisplayName'
        'Smooch.OrganizationServiceAccount' = 'OrganizationId', 'ServiceAccountId', 'Name', 'Description'
        'Smooch.OrganizationCredential'     = 'ServiceAccountId', 'CredentialId', 'ClientId', 'Name'
        'Smooch.ConnectionTest'             = 'Api', 'Kind', 'KeyId', 'Checked', 'Authenticated', 'Status'
        'Smooch.RotatedServiceAccountKey'   = 'ServiceAccountId', 'KeyId', 'OldKeyId', 'Name', 'Verification', 'OldRemoved'
        'Smooch.RotatedAppKey'              = 'AppId', 'KeyId', 'OldKeyId', 'DisplayName', 'Verification', 'OldRemoved'
        'Smooch.RotatedIntegrationKey'      = 'IntegrationId', 'KeyId', 'OldKeyId', 'DisplayName', 'Verification', 'OldRemoved'
        'Smooch.RotatedOrganizationCredential' = 'ServiceAccountId', 'ClientId', 'OldClientId', 'Name', 'Verification', 'OldRemoved'
    }
    $views = @($keyColumns.Keys | ForEach-Object { @{ TypeName = $_; Columns = $keyColumns[$_] } })
    $catalog = @{ KeyColumns = $keyColumns }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator -Organization 'format-org'
    $script:org = $script:emulator.Organizations[0]
    $script:parent = Get-SeededCustomIntegration $script:emulator
    Connect-SmoochTestEmulator $script:emulator

    # One object of every output type, as the cmdlets emit them; the created ones carry their secret.
    $suffix = [Guid]::NewGuid().ToString('N').Substring(0, 8)
    $account = New-SmoochServiceAccount -Name "format-$suffix"
    $accountKey = $account | New-SmoochServiceAccountKey -Name "format-key-$suffix"
    $orgAccount = New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name "format-$suffix" -Description 'formatted'
    $script:samples = @{
        'Smooch.Session'                    = Get-SmoochSession -Api Sunshine
        'Smooch.ServiceAccount'             = $account
        'Smooch.ServiceAccountKey'          = $accountKey
        'Smooch.ServerJwt'                  = $accountKey | Get-SmoochServiceAccountJwt
        'Smooch.App'                        = Get-SmoochApp -AppId $script:parent.AppId
        'Smooch.Integration'                = Get-SmoochIntegration -AppId $script:parent.AppId -IntegrationId $script:parent.IntegrationId
        'Smooch.AppKey'                     = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName "format-$suffix"
        'Smooch.IntegrationKey'             = $script:parent | New-SmoochIntegrationKey -DisplayName "format-$suffix"
        'Smooch.OrganizationServiceAccount' = $orgAccount
        'Smooch.OrganizationCredential'     = $orgAccount | New-SmoochOrganizationCredential -Name "format-$suffix"
        'Smooch.ConnectionTest'             = Get-SmoochSession -Api Sunshine | Test-SmoochConnection
        'Smooch.RotatedServiceAccountKey'   = $account | New-SmoochServiceAccountKey -Name "format-rot-$suffix" | Invoke-SmoochKeyRotation -Force
        'Smooch.RotatedAppKey'              = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName "format-rot-$suffix" | Invoke-SmoochKeyRotation -Force
        'Smooch.RotatedIntegrationKey'      = $script:parent | New-SmoochIntegrationKey -DisplayName "format-rot-$suffix" | Invoke-SmoochKeyRotation -Force -WarningAction SilentlyContinue
        'Smooch.RotatedOrganizationCredential' = $orgAccount | New-SmoochOrganizationCredential -Name "format-rot-$suffix" | Invoke-SmoochKeyRotation -Force
    }
    # Every secret in play, as plain text: the ones just created and the ones the sessions were opened with.
    $script:secrets = @(
        foreach ($sample in $script:samples.Values) {
            foreach ($name in 'Secret', 'ClientSecret', 'Token') {
                if ($sample.PSObject.Properties[$name] -and $sample.$name) { ConvertFrom-TestSecureString $sample.$name }
            }
        }
        ConvertFrom-TestSecureString $script:emulator.Secret
        ConvertFrom-TestSecureString $script:org.ClientSecret
    )

    function Get-RenderedText($InputObject, [string] $Format) {
        switch ($Format) {
            'Default' { $InputObject | Out-String -Width 400 }
            'Format-Table' { $InputObject | Format-Table | Out-String -Width 400 }
            'Format-List' { $InputObject | Format-List | Out-String -Width 400 }
            'Format-List *' { $InputObject | Format-List -Property * | Out-String -Width 400 }
        }
    }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'Output types' -ForEach $catalog {
    It 'every output type a cmdlet declares has a table view' {
        $declared = Get-Command -Module Smooch -CommandType Cmdlet | ForEach-Object { $_.OutputType.Type } | Where-Object { $_ } | Sort-Object FullName -Unique
        $moduleTypes = @($declared | Where-Object { $_.Assembly -eq (Get-Command Connect-Smooch).ImplementingType.Assembly })
        # New-SmoochJwt returns a bare SecureString (or, with -AsPlainText, a string): engine types with their own formatting.
        $engineTypes = @($declared | Where-Object { $_ -notin $moduleTypes })

        $engineTypes.FullName | Sort-Object | Should -Be @('System.Security.SecureString', 'System.String')
        $moduleTypes.Count | Should -BeGreaterThan 0
        foreach ($type in $moduleTypes) {
            $typeName = ($type.GetCustomAttributes($false) | Where-Object { $_.GetType().Name -eq 'SmoochTypeNameAttribute' }).TypeName
            $typeName | Should -BeIn @($KeyColumns.Keys) -Because "$($type.FullName) is an output type and needs its key columns listed in this spec"
            $view = Get-FormatData -TypeName $typeName
            $view | Should -Not -BeNullOrEmpty -Because "$typeName needs a view"
            @($view.FormatViewDefinition.Control | ForEach-Object { $_.GetType().Name }) | Should -Contain 'TableControl'
        }
    }

    It 'every type in this spec is emitted by a cmdlet and has a sample here' {
        @($script:samples.Keys | Sort-Object) | Should -Be @($KeyColumns.Keys | Sort-Object)
        foreach ($typeName in $script:samples.Keys) {
            $script:samples[$typeName].PSObject.TypeNames[0] | Should -Be $typeName
        }
    }
}

Describe 'The view of <TypeName>' -ForEach $views {
    It 'is a table by default with the key columns and their values' {
        $text = Get-RenderedText $script:samples[$TypeName] 'Default'
        $header = ($text -split '\r?\n' | Where-Object { $_.Trim() } | Select-Object -First 1)

        foreach ($column in $Columns) {
            $header | Should -Match "\b$column\b"
            $text | Should -Match ([regex]::Escape([string]$script:samples[$TypeName].$column))
        }
        $header | Should -Not -Match '\b(Secret|ClientSecret|Token)\b'
    }

    It 'Format-Table shows the same columns as the default' {
        (Get-RenderedText $script:samples[$TypeName] 'Format-Table') | Should -Be (Get-RenderedText $script:samples[$TypeName] 'Default')
    }

    It 'Format-List shows each key property with its value' {
        $text = Get-RenderedText $script:samples[$TypeName] 'Format-List'

        foreach ($column in $Columns) {
            $text | Should -Match ("(?m)^$column\s*: " + [regex]::Escape([string]$script:samples[$TypeName].$column))
        }
    }

    It 'shows no secret in <_>' -ForEach 'Default', 'Format-Table', 'Format-List', 'Format-List *' {
        $text = Get-RenderedText $script:samples[$TypeName] $_

        $text | Should -Not -BeNullOrEmpty
        foreach ($secret in $script:secrets) { $text | Should -Not -Match ([regex]::Escape($secret)) }
    }
}

Describe 'Secrets in the views' {
    It 'holds a secret on every created object, so the checks above saw real secrets' {
        # ServiceAccountKey, ServerJwt, AppKey, IntegrationKey, OrganizationCredential, their four rotated replacements,
        # plus the two session secrets.
        $script:secrets.Count | Should -Be 11
        $script:secrets | ForEach-Object { $_.Length | Should -BeGreaterThan 10 }
    }

    It 'keeps a created secret out of Format-List * while $key.Secret stays a SecureString' {
        $key = $script:samples['Smooch.AppKey']
        $text = Get-RenderedText $key 'Format-List *'

        $text | Should -Match '(?m)^KeyId\s*: app_'
        $text | Should -Not -Match '(?m)^Secret\s*:'
        $key.Secret | Should -BeOfType [securestring]
    }

    It 'keeps a plain-text secret (-AsPlainText) out of the default table view' {
        $key = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'format-plain' -AsPlainText

        $key.Secret | Should -BeOfType [string]
        (Get-RenderedText $key 'Default') | Should -Not -Match ([regex]::Escape($key.Secret))
        (Get-RenderedText $key 'Format-Table') | Should -Not -Match ([regex]::Escape($key.Secret))
        (Get-RenderedText $key 'Format-List *') | Should -Not -Match ([regex]::Escape($key.Secret))
        $key | Remove-SmoochAppKey -Force
    }

    It 'shows the JWT of New-SmoochJwt as a SecureString, not its text' {
        $jwt = New-SmoochJwt -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret

        ($jwt | Out-String).Trim() | Should -Be 'System.Security.SecureString'
    }
}
