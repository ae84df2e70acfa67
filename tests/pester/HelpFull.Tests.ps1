#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Get-Help -Full and -Examples as a user sees them for every exported cmdlet: a description, a description for every
# parameter, examples with code and an explanation whose commands exist; and the about_Smooch topic.
# (Help.Tests.ps1 checks synopsis, example count and parameter names.)

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $cmdlets = @((Import-PowerShellDataFile (Get-StagedModulePath)).CmdletsToExport | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    # Commands of other modules that examples use on purpose but that this machine need not have.
    $script:externalCommands = @{
        'Get-Secret' = 'Microsoft.PowerShell.SecretManagement, where examples store and read secrets'
        'Set-Secret' = 'Microsoft.PowerShell.SecretManagement, where examples store and read secrets'
    }

    function Get-HelpText($Value) { (@($Value) | ForEach-Object { if ($_ -is [string]) { $_ } else { $_.Text } }) -join "`n" }
}

Describe 'Get-Help -Full <Name>' -ForEach $cmdlets {
    BeforeAll {
        $help = Get-Help -Name $Name -Full
        $text = $help | Out-String -Width 200
        $command = Get-Command -Name $Name
        $common = @([System.Management.Automation.Cmdlet]::CommonParameters) + @([System.Management.Automation.Cmdlet]::OptionalCommonParameters)
        $parameters = @($command.Parameters.Keys | Where-Object { $_ -notin $common })
    }

    It 'is the help of the command, not the generated stub' {
        $help.Name | Should -Be $Name
        $help.Synopsis.Trim() | Should -Not -BeNullOrEmpty
        $help.ModuleName | Should -Be 'Smooch'
        $text | Should -Not -Match 'Get-Help cannot find the Help files'
    }

    It 'has a description of several words' {
        (Get-HelpText $help.description).Split(' ', [StringSplitOptions]::RemoveEmptyEntries).Count | Should -BeGreaterThan 10
        $text | Should -Match '(?m)^DESCRIPTION'
    }

    It 'describes every parameter, and the rendered help names each one' {
        foreach ($parameter in $parameters) {
            $documented = $help.parameters.parameter | Where-Object name -eq $parameter
            $documented | Should -Not -BeNullOrEmpty -Because "-$parameter is a parameter of $Name"
            (Get-HelpText $documented.description).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
            $text | Should -Match "(?m)^\s+-$parameter\b"
        }
    }

    It 'says what it outputs' {
        $outputs = @($help.returnValues.returnValue.type.name)
        $outputs | Should -Not -BeNullOrEmpty
        foreach ($type in $command.OutputType.Type) { $outputs | Should -Contain $type.FullName }
    }
}

Describe 'Get-Help -Examples <Name>' -ForEach $cmdlets {
    BeforeAll {
        $examples = @((Get-Help -Name $Name -Examples).examples.example)
    }

    It 'shows at least one example with code and an explanation, and the code parses' {
        $examples.Count | Should -BeGreaterOrEqual 1
        foreach ($example in $examples) {
            $example.code | Should -Not -BeNullOrEmpty
            (Get-HelpText $example.remarks).Trim() | Should -Not -BeNullOrEmpty
            $errors = $null
            $null = [System.Management.Automation.Language.Parser]::ParseInput(($example.code -join "`n"), [ref]$null, [ref]$errors)
            $errors | Should -BeNullOrEmpty
        }
    }

    It 'uses itself, and only commands that exist' {
        $used = @(foreach ($example in $examples) {
                $ast = [System.Management.Automation.Language.Parser]::ParseInput(($example.code -join "`n"), [ref]$null, [ref]$null)
                $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() }
            }) | Where-Object { $_ } | Sort-Object -Unique

        $used | Should -Contain $Name
        foreach ($commandName in $used | Where-Object { -not $script:externalCommands.ContainsKey($_) }) {
            Get-Command -Name $commandName -ErrorAction Ignore | Should -Not -BeNullOrEmpty -Because "an example of $Name calls $commandName"
        }
    }
}

Describe 'Get-Help about_Smooch' {
    BeforeAll {
        $text = Get-Help -Name about_Smooch | Out-String -Width 200
    }

    It 'shows the topic with its short and long description' {
        $text | Should -Match 'about_Smooch'
        $text | Should -Match 'SHORT DESCRIPTION'
        $text | Should -Match 'LONG DESCRIPTION'
    }

    It 'names every environment variable that Connect-Smooch reads' {
        $described = (Get-Help Connect-Smooch -Full | Out-String -Width 200)
        $variables = [regex]::Matches($described, 'SMOOCH_[A-Z_]+') | ForEach-Object Value | Sort-Object -Unique

        $variables.Count | Should -BeGreaterOrEqual 4
        foreach ($variable in $variables) { $text | Should -Match $variable }
    }

    It 'mentions every cmdlet group the module exports' {
        foreach ($noun in (Get-Command -Module Smooch).Noun | Sort-Object -Unique) {
            $text | Should -Match "-$noun\b" -Because "about_Smooch should point to the $noun cmdlets"
        }
    }
}
