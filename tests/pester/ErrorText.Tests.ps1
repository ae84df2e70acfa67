#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# What an error says: Connect-Smooch names the parameter once, without the runtime's "(Parameter '...')" suffix, and
# an API error shows the ids as the user typed them, not as they were escaped for the request path.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator
    $script:parent = Get-SeededCustomIntegration $script:emulator
    Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri

    function Get-Failure([scriptblock] $Command) {
        $failure = $null
        try { & $Command } catch { $failure = $_ }
        $failure
    }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'Connect-Smooch errors' {
    It 'names -Subdomain once, with no (Parameter ...) suffix' {
        $failure = Get-Failure { Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -Subdomain 'not_a_label' }

        $expected = "-Subdomain must be a single DNS label (letters, digits and inner hyphens, at most 63 characters), e.g. 'mycompany' for mycompany.zendesk.com."
        $failure.FullyQualifiedErrorId | Should -BeLike 'InvalidConnectionArgument,*'
        $failure.Exception.Message | Should -BeExactly $expected
        "$failure" | Should -BeExactly $expected
        $failure.TargetObject | Should -Be 'Subdomain'
    }

    It 'names -BaseUri once, with no (Parameter ...) suffix' {
        $failure = Get-Failure { Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri 'http://example.com' }

        foreach ($text in $failure.Exception.Message, "$failure") {
            $text | Should -BeLike '-BaseUri must use https*'
            $text | Should -Not -BeLike '*(Parameter*'
            ([regex]::Matches($text, 'BaseUri')).Count | Should -Be 1
        }
    }

    It 'keeps the session it had' {
        (Get-SmoochSession -Api Sunshine).BaseAddress | Should -Be ([uri]"$($script:emulator.BaseUri)/")
    }
}

Describe 'API errors' {
    It 'show the key id as typed, not escaped, while the request carried the escaped id' {
        Clear-EmulatorJournal $script:emulator
        $typed = 'app_a*b c'

        $failure = Get-Failure { Remove-SmoochAppKey -AppId $script:parent.AppId -KeyId $typed -Force -ErrorAction Stop }

        $failure.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure.Exception.Message | Should -BeLike "DELETE /v2/apps/$($script:parent.AppId)/keys/$typed failed: HTTP 404*"
        $failure.Exception.Message | Should -Not -BeLike '*%2A*'
        $failure.TargetObject | Should -Be $typed
        # The exception keeps the path as it went on the wire; one request was sent.
        $failure.Exception.Path | Should -BeLike '*/keys/app_a%2Ab%20c'
        @(Get-EmulatorJournal $script:emulator).Count | Should -Be 1
    }

    It 'show an id that itself looks escaped exactly as typed' {
        $failure = Get-Failure { Get-SmoochAppKey -AppId $script:parent.AppId -KeyId 'app_%2F' -ErrorAction Stop }

        $failure.Exception.Message | Should -BeLike "GET /v2/apps/$($script:parent.AppId)/keys/app_%2F failed: HTTP 404*"
    }
}
