#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Tab completion of every id parameter (every parameter named *Id on an exported cmdlet) through TabExpansion2, as in
# an interactive console connected to the emulator: the completions hold the real ids the emulator has. The parent
# ids a completion needs (-AppId before -KeyId, ...) are typed first, as a user would.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    # Id parameters that cannot be completed, with the reason. Every other *Id parameter must complete.
    $notCompleted = @{
        'Connect-Smooch -KeyId' = 'the key a session is opened with: there is no session yet to list keys from'
        'New-SmoochJwt -KeyId'  = 'the key the JWT is signed with locally: the cmdlet uses no session, so nothing lists it'
    }
    $idParameters = @(foreach ($command in Get-Command -Module Smooch -CommandType Cmdlet) {
            foreach ($parameter in $command.Parameters.Values | Where-Object Name -like '*Id') {
                @{ Command = $command.Name; Parameter = $parameter.Name; Key = "$($command.Name) -$($parameter.Name)" }
            }
        })
    $completed = @($idParameters | Where-Object { -not $notCompleted.ContainsKey($_.Key) })
    $exempt = @($idParameters | Where-Object { $notCompleted.ContainsKey($_.Key) } | ForEach-Object { $_ + @{ Reason = $notCompleted[$_.Key] } })
    $catalog = @{ Exempt = @($notCompleted.Keys); Found = @($idParameters.Key) }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator -Organization 'tab-org'
    $org = $script:emulator.Organizations[0]
    $parent = Get-SeededCustomIntegration $script:emulator
    Connect-SmoochTestEmulator $script:emulator

    # One real object under every parent, so each id parameter has something of its own to complete.
    $suffix = [Guid]::NewGuid().ToString('N').Substring(0, 8)
    $account = New-SmoochServiceAccount -Name "tab-$suffix"
    $accountKey = $account | New-SmoochServiceAccountKey -Name "tab-$suffix"
    $appKey = New-SmoochAppKey -AppId $parent.AppId -DisplayName "tab-$suffix"
    $integrationKey = $parent | New-SmoochIntegrationKey -DisplayName "tab-$suffix"
    # Using the organization id also makes it known to its completer (the organization API cannot list organizations).
    $orgAccount = New-SmoochOrganizationServiceAccount -OrganizationId $org.Id -Name "tab-$suffix"
    $credential = $orgAccount | New-SmoochOrganizationCredential -Name "tab-$suffix"

    # Parents come before children on the command line: rank 0 is typed before rank 1, before rank 2.
    $script:rank = @{ OrganizationId = 0; AppId = 0; IntegrationId = 1; ServiceAccountId = 1; KeyId = 2; CredentialId = 2 }

    # The real id a parameter of a command refers to in this emulator.
    function Get-RealId([string] $Command, [string] $Parameter) {
        $isOrganization = $Command -like '*Organization*'
        switch ($Parameter) {
            'OrganizationId' { $org.Id }
            'AppId' { $parent.AppId }
            'IntegrationId' { $parent.IntegrationId }
            'ServiceAccountId' { if ($isOrganization) { $orgAccount.ServiceAccountId } else { $account.ServiceAccountId } }
            'CredentialId' { $credential.CredentialId }
            'KeyId' {
                if ($Command -like '*AppKey') { $appKey.KeyId }
                elseif ($Command -like '*IntegrationKey') { $integrationKey.KeyId }
                else { $accountKey.KeyId }
            }
            default { throw "No real id known for -$Parameter of $Command; add it to this spec." }
        }
    }

    function Get-Completion([string] $InputScript) {
        @((TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches.CompletionText)
    }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'The id parameters' -ForEach $catalog {
    It 'that cannot be completed are all real *Id parameters of the module' {
        foreach ($key in $Exempt) { $Found | Should -Contain $key }
    }
}

Describe 'Completing <Key>' -ForEach $completed {
    It 'offers the real id from the emulator' {
        $parents = (Get-Command $Command).Parameters.Keys | Where-Object { $script:rank.ContainsKey($_) -and $script:rank[$_] -lt $script:rank[$Parameter] }
        $line = (@($Command) + @($parents | ForEach-Object { "-$_ $(Get-RealId $Command $_)" }) + @("-$Parameter ")) -join ' '
        $expected = Get-RealId $Command $Parameter

        Get-Completion $line | Should -Contain $expected -Because "Tab after '$line' should offer the $Parameter"
    }

    It 'narrows to what is typed' {
        $parents = (Get-Command $Command).Parameters.Keys | Where-Object { $script:rank.ContainsKey($_) -and $script:rank[$_] -lt $script:rank[$Parameter] }
        $expected = Get-RealId $Command $Parameter
        $typed = $expected.Substring(0, $expected.Length - 2)
        $line = (@($Command) + @($parents | ForEach-Object { "-$_ $(Get-RealId $Command $_)" }) + @("-$Parameter $typed")) -join ' '

        $matches = Get-Completion $line
        $matches | Should -Contain $expected
        $matches | ForEach-Object { $_ | Should -BeLike "$typed*" }
    }
}

Describe '<Key> is not completed' -ForEach $exempt {
    It 'has no completer, because it is <Reason>' {
        $attributes = (Get-Command $Command).Parameters[$Parameter].Attributes
        @($attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] }) | Should -BeNullOrEmpty
    }
}
