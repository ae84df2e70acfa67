@{
    RootModule           = 'Smooch.psm1'
    # Filled from Directory.Build.props (VersionPrefix) when the build stages out/Smooch; import the staged copy.
    ModuleVersion        = '{{ModuleVersion}}'
    GUID                 = '7d3f7a52-5c1e-4d0b-9a53-2f6c1f0e8b41'
    Author               = 'Smooch module contributors'
    CompanyName          = 'Smooch module contributors'
    Copyright            = '(c) 2026 Smooch module contributors. MIT License.'
    Description          = 'Manage API credentials for Sunshine Conversations (formerly Smooch) and organization service accounts: v1.1 service accounts, secret keys and JWTs, v2 app keys and custom integration keys, and organization service-account credentials. Secrets stay SecureString, lists stream every page, and every change supports -WhatIf.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('Smooch.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-Smooch',
        'Disconnect-Smooch',
        'Get-SmoochSession',
        'Test-SmoochConnection',
        'New-SmoochJwt',
        'Get-SmoochServiceAccount',
        'New-SmoochServiceAccount',
        'Set-SmoochServiceAccount',
        'Remove-SmoochServiceAccount',
        'Get-SmoochServiceAccountKey',
        'New-SmoochServiceAccountKey',
        'Remove-SmoochServiceAccountKey',
        'Get-SmoochServiceAccountJwt',
        'Get-SmoochApp',
        'Get-SmoochIntegration',
        'Get-SmoochAppKey',
        'New-SmoochAppKey',
        'Remove-SmoochAppKey',
        'Get-SmoochIntegrationKey',
        'New-SmoochIntegrationKey',
        'Remove-SmoochIntegrationKey',
        'Get-SmoochOrganizationServiceAccount',
        'New-SmoochOrganizationServiceAccount',
        'Set-SmoochOrganizationServiceAccount',
        'Remove-SmoochOrganizationServiceAccount',
        'Get-SmoochOrganizationCredential',
        'New-SmoochOrganizationCredential',
        'Set-SmoochOrganizationCredential',
        'Remove-SmoochOrganizationCredential',
        'Invoke-SmoochKeyRotation'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Smooch', 'SunshineConversations', 'Zendesk', 'Keycard', 'ApiKeys', 'ServiceAccount', 'Credentials', 'JWT', 'Security', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # No ProjectUri or LicenseUri: the project has no public address yet, and a link must not point at a
            # page that does not exist. The MIT license ships in the module folder as LICENSE.
            ReleaseNotes = 'First release: service accounts, secret keys and JWTs (v1.1); app keys and custom integration keys (v2); organization service accounts and credentials.'
        }
    }
}
