#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Get-Help shows the help generated from docs/ for every cmdlet, and the about_Smooch topic.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $cmdlets = @(Get-Command -Module Smooch -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
}

Describe 'Help for <Name>' -ForEach $cmdlets {
    BeforeAll {
        $help = Get-Help -Name $Name -Full
        $command = Get-Command -Name $Name
    }

    It 'has a synopsis of its own' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        # Without a help file Get-Help falls back to the syntax as synopsis.
        $help.Synopsis | Should -Not -Match ([regex]::Escape('[<CommonParameters>]'))
    }

    It 'has at least two examples, one of them a pipeline' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        @($examples | Where-Object { $_.code -match '\|' }).Count | Should -BeGreaterOrEqual 1
    }

    It 'documents every parameter' {
        $common = @([System.Management.Automation.Cmdlet]::CommonParameters) + @([System.Management.Automation.Cmdlet]::OptionalCommonParameters)
        $expected = $command.Parameters.Keys | Where-Object { $_ -notin $common -or $_ -in 'WhatIf', 'Confirm' } | Sort-Object
        $documented = @($help.parameters.parameter.name) | Sort-Object

        $documented | Should -Be $expected
    }
}

Describe 'about_Smooch' {
    It 'is found by Get-Help and covers environment variables and secrets' {
        $text = Get-Help about_Smooch | Out-String

        $text | Should -Match 'SMOOCH_KEY_ID'
        $text | Should -Match 'AsPlainText'
    }
}
