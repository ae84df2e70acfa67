#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# An explicit '' or $null never widens a command, and a value over its documented length limit is refused, for
# every parameter of every cmdlet: the cases are read from Get-Command -Module Smooch, so a new cmdlet or
# parameter is covered without editing this file. Each case asserts the binding error that names the parameter
# and, from the emulator's journal, that no request was sent.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)

    $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

    # The parameter set a case binds in: the parameter's own set, or the default set when it is in every set.
    function Get-CaseSet($Command, $Parameter) {
        $sets = @($Parameter.ParameterSets.Keys)
        if ($sets -contains '__AllParameterSets') {
            if ($Command.DefaultParameterSet) { return $Command.DefaultParameterSet }
            return $Command.ParameterSets[0].Name
        }
        $sets[0]
    }

    function Test-Attribute($Parameter, [string] $TypeName) {
        [bool] ($Parameter.Attributes | Where-Object { $_.GetType().Name -eq $TypeName })
    }

    $script:nullCases = @()
    $script:emptyCases = @()
    $script:pipedCases = @()
    $script:byValueCases = @()
    $script:limitCases = @()
    foreach ($command in Get-Command -Module Smooch -CommandType Cmdlet) {
        foreach ($parameter in $command.Parameters.Values) {
            $type = $parameter.ParameterType
            if ($parameter.Name -in $common -or $type -eq [switch]) { continue }
            $case = @{ Command = $command.Name; Parameter = $parameter.Name; Set = (Get-CaseSet $command $parameter) }
            $isText = $type -eq [string] -or $type -eq [string[]]

            # Every parameter that can hold $null refuses it, except a [Credential] one: PowerShell turns $null
            # into a credential prompt there, which asks rather than widens.
            $nullable = -not $type.IsValueType -or $null -ne [Nullable]::GetUnderlyingType($type)
            if ($nullable -and -not (Test-Attribute $parameter 'CredentialAttribute')) {
                $script:nullCases += $case
            }

            # Text and arrays refuse '' / @() / an array holding '' or $null, unless [AllowEmptyString] says ''
            # means something (-Description '' is no description).
            if (($isText -or $type.IsArray) -and -not (Test-Attribute $parameter 'AllowEmptyStringAttribute')) {
                if ($isText) { $script:emptyCases += $case + @{ Shape = 'empty string'; Kind = 'Empty' } }
                if ($type.IsArray) { $script:emptyCases += $case + @{ Shape = 'empty array'; Kind = 'EmptyArray' } }
                if ($type -eq [string[]]) {
                    $script:emptyCases += $case + @{ Shape = "array holding ''"; Kind = 'ArrayWithEmpty' }
                    $script:emptyCases += $case + @{ Shape = 'array holding $null'; Kind = 'ArrayWithNull' }
                }
            }

            # A piped object whose property is '' or $null is refused for that item, not ignored.
            $byName = @($parameter.ParameterSets.Values | Where-Object ValueFromPipelineByPropertyName).Count -gt 0
            if ($byName -and $isText -and -not (Test-Attribute $parameter 'AllowEmptyStringAttribute')) {
                $script:pipedCases += $case + @{ Value = ''; Shape = "''" }
                $script:pipedCases += $case + @{ Value = $null; Shape = '$null' }
            }

            # A piped '' or $null bound by value is refused for that item.
            $byValue = @($parameter.ParameterSets.Values | Where-Object ValueFromPipeline).Count -gt 0
            if ($byValue -and $isText) {
                $script:byValueCases += $case + @{ Value = ''; Shape = "''" }
                $script:byValueCases += $case + @{ Value = $null; Shape = '$null' }
            }

            # Names and descriptions with a documented limit: at the limit they reach the server, one more is refused.
            $limit = $parameter.Attributes | Where-Object { $_.GetType().Name -eq 'ValidateTextLimitAttribute' } | Select-Object -First 1
            if ($limit -and $parameter.Name -notlike '*Id') {
                $script:limitCases += $case + @{ Limit = $limit.MaxLength }
            }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator -Organization 'bad-input-org'
    $script:parent = Get-SeededCustomIntegration $script:emulator
    $script:org = $script:emulator.Organizations | Where-Object Id -eq 'bad-input-org'
    $script:clientCredential = [pscredential]::new($script:org.ClientId, $script:org.ClientSecret)
    Connect-Smooch -KeyId $script:emulator.KeyId -Secret $script:emulator.Secret -BaseUri $script:emulator.BaseUri
    Connect-Smooch -ClientCredential $script:clientCredential -BaseUri $script:emulator.BaseUri

    # Real objects, so that a value at its limit can be accepted by the server.
    $script:serviceAccountId = (New-SmoochServiceAccount -Name ('bad-input-' + [Guid]::NewGuid().ToString('N'))).ServiceAccountId
    $script:credentialId = (New-SmoochOrganizationCredential -OrganizationId $script:org.Id -ServiceAccountId $script:org.ServiceAccountId -Name 'bad-input').CredentialId

    function Test-Organization([string] $Command) { $Command -like '*-SmoochOrganization*' }

    # A valid value for a parameter that a case needs besides the one it tests. A new mandatory parameter without
    # one here fails the case loudly instead of being skipped.
    function Get-SampleValue([string] $Command, [string] $Parameter) {
        switch ($Parameter) {
            'AppId' { return $script:parent.AppId }
            'IntegrationId' { return $script:parent.IntegrationId }
            'OrganizationId' { return $script:org.Id }
            'ServiceAccountId' { if (Test-Organization $Command) { return $script:org.ServiceAccountId } else { return $script:serviceAccountId } }
            'CredentialId' { return $script:credentialId }
            'KeyId' { if ($Command -in 'Connect-Smooch', 'New-SmoochJwt') { return $script:emulator.KeyId } else { return 'app_0123456789abcdef01234567' } }
            'Name' { return 'bad-input' }
            'DisplayName' { return 'bad-input' }
            'Secret' { return $script:emulator.Secret }
            'AccessToken' { return $script:emulator.Secret }
            'Credential' { return [pscredential]::new($script:emulator.KeyId, $script:emulator.Secret) }
            'ClientCredential' { return $script:clientCredential }
            'Session' { return Get-SmoochSession -Api Sunshine }
            'InputObject' { return [pscustomobject]@{ PSTypeName = 'Smooch.AppKey'; AppId = $script:parent.AppId; KeyId = 'app_0123456789abcdef01234567'; DisplayName = 'bad-input' } }
        }
        throw "BadInput.Tests.ps1 has no sample value for -$Parameter of $Command; add one to Get-SampleValue."
    }

    # The other mandatory parameters of the case's set, with sample values; -Confirm:$false where the cmdlet asks,
    # so that a value that slipped through would really be sent and show in the journal.
    function Get-CaseArguments([string] $Command, [string] $Set, [string[]] $Except) {
        $info = Get-Command $Command
        $arguments = @{}
        $setInfo = $info.ParameterSets | Where-Object Name -eq $Set
        foreach ($mandatory in $setInfo.Parameters | Where-Object IsMandatory) {
            if ($mandatory.Name -notin $Except) { $arguments[$mandatory.Name] = Get-SampleValue $Command $mandatory.Name }
        }
        if ($info.Parameters.ContainsKey('Confirm')) { $arguments['Confirm'] = $false }
        $arguments
    }

    function Invoke-Case([string] $Command, [hashtable] $Arguments) {
        $failure = $null
        try { & $Command @Arguments -ErrorAction Stop | Out-Null } catch { $failure = $_ }
        $failure
    }

    # Runs a pipeline; returns the errors it wrote (binding errors of piped input are written by the pipeline, not
    # through -ErrorVariable). The runner sets $ErrorActionPreference = 'Stop', which would make the first one throw.
    function Get-PipelineError([scriptblock] $Pipeline) {
        $ErrorActionPreference = 'Continue'
        @(& $Pipeline 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
    }

    function Assert-BindingRefused($Failure, [string] $Parameter) {
        $Failure | Should -Not -BeNullOrEmpty -Because "-$Parameter must be refused"
        $Failure.Exception | Should -BeOfType ([System.Management.Automation.ParameterBindingException])
        $Failure.Exception.GetType().Name | Should -Be 'ParameterBindingValidationException' # internal to PowerShell
        $Failure.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError*'
        $Failure.Exception.ParameterName | Should -Be $Parameter
        $Failure.Exception.Message | Should -BeLike "*parameter '$Parameter'*"
        Get-EmulatorJournal $script:emulator | Should -BeNullOrEmpty -Because 'nothing may be sent for bad input'
    }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'An explicit $null' {
    It '<Command> -<Parameter> $null is refused while binding and sends nothing' -ForEach $nullCases {
        $arguments = Get-CaseArguments $Command $Set -Except $Parameter
        $arguments[$Parameter] = $null
        Clear-EmulatorJournal $script:emulator

        Assert-BindingRefused (Invoke-Case $Command $arguments) $Parameter
    }
}

Describe 'An explicit empty value' {
    It '<Command> -<Parameter> (<Shape>) is refused while binding and sends nothing' -ForEach $emptyCases {
        $arguments = Get-CaseArguments $Command $Set -Except $Parameter
        $valid = try { Get-SampleValue $Command $Parameter } catch { 'x' }
        $arguments[$Parameter] = switch ($Kind) {
            'Empty' { '' }
            'EmptyArray' { , @() }
            'ArrayWithEmpty' { , @($valid, '') }
            'ArrayWithNull' { , @($valid, $null) }
        }
        Clear-EmulatorJournal $script:emulator

        Assert-BindingRefused (Invoke-Case $Command $arguments) $Parameter
    }
}

Describe 'A piped object with an empty property' {
    It '<Command> refuses an input whose <Parameter> is <Shape> and sends nothing' -ForEach $pipedCases {
        $info = Get-Command $Command
        $setInfo = $info.ParameterSets | Where-Object Name -eq $Set
        $byName = @($setInfo.Parameters | Where-Object { $_.ValueFromPipelineByPropertyName -and $_.IsMandatory -and $_.Name -ne $Parameter } | ForEach-Object Name)
        $arguments = Get-CaseArguments $Command $Set -Except (@($Parameter) + $byName)
        $properties = [ordered]@{}
        foreach ($name in $byName) { $properties[$name] = Get-SampleValue $Command $name }
        $properties[$Parameter] = $Value
        Clear-EmulatorJournal $script:emulator

        $failures = Get-PipelineError { [pscustomobject]$properties | & $Command @arguments | Out-Null }

        $failures.Count | Should -Be 1
        Assert-BindingRefused $failures[0] $Parameter
    }

    It '<Command> refuses <Shape> piped by value to -<Parameter> and sends nothing' -ForEach $byValueCases {
        $arguments = Get-CaseArguments $Command $Set -Except $Parameter
        Clear-EmulatorJournal $script:emulator

        $failures = Get-PipelineError { , $Value | & $Command @arguments | Out-Null }

        $failures.Count | Should -Be 1
        Assert-BindingRefused $failures[0] $Parameter
    }

    It 'Get-SmoochAppKey with an empty KeyId on the piped object lists nothing, so Remove-SmoochAppKey removes nothing' {
        $key = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'bad-input-keep'
        Clear-EmulatorJournal $script:emulator

        $failures = Get-PipelineError { [pscustomobject]@{ AppId = $script:parent.AppId; KeyId = '' } | Get-SmoochAppKey | Remove-SmoochAppKey -Force }

        $failures.Count | Should -Be 1
        $failures[0].Exception.ParameterName | Should -Be 'KeyId'
        Get-EmulatorJournal $script:emulator | Should -BeNullOrEmpty
        (Get-SmoochAppKey -AppId $script:parent.AppId).KeyId | Should -Contain $key.KeyId
        Remove-SmoochAppKey -AppId $script:parent.AppId -KeyId $key.KeyId -Force
    }

    It 'a piped object with a KeyId gets that key (the id binds by property name)' {
        $key = New-SmoochAppKey -AppId $script:parent.AppId -DisplayName 'bad-input-piped'

        $found = @([pscustomobject]@{ AppId = $script:parent.AppId; KeyId = $key.KeyId } | Get-SmoochAppKey)

        $found.KeyId | Should -Be @($key.KeyId)
        Remove-SmoochAppKey -AppId $script:parent.AppId -KeyId $key.KeyId -Force
    }
}

Describe 'Length limits of names and descriptions' {
    It '<Command> -<Parameter> of <Limit> characters reaches the server' -ForEach $limitCases {
        $arguments = Get-CaseArguments $Command $Set -Except $Parameter
        $arguments[$Parameter] = ([Guid]::NewGuid().ToString('N') + ('n' * $Limit)).Substring(0, $Limit)
        Clear-EmulatorJournal $script:emulator

        Invoke-Case $Command $arguments | Should -BeNullOrEmpty

        $changes = @(Get-EmulatorJournal $script:emulator | Where-Object { $_.method -in 'POST', 'PUT', 'PATCH' -and $_.path -notlike '*token*' })
        $changes.Count | Should -Be 1
        $changes[0].status | Should -BeLessThan 300
    }

    It '<Command> -<Parameter> of <Limit> + 1 characters is refused with the limit and the length, and sends nothing' -ForEach $limitCases {
        $arguments = Get-CaseArguments $Command $Set -Except $Parameter
        $arguments[$Parameter] = 'n' * ($Limit + 1)
        Clear-EmulatorJournal $script:emulator

        $failure = Invoke-Case $Command $arguments

        Assert-BindingRefused $failure $Parameter
        $failure.Exception.Message | Should -BeLike "*at most $Limit characters long (it has $($Limit + 1))*"
    }

    It 'every name-like parameter of New-* and Set-* declares a limit' {
        $names = Get-Command -Module Smooch -Verb New, Set | ForEach-Object { $c = $_; $c.Parameters.Values | Where-Object Name -in 'Name', 'DisplayName', 'Description' | ForEach-Object { "$($c.Name) -$($_.Name)" } }
        $limited = Get-Command -Module Smooch -Verb New, Set | ForEach-Object {
            $c = $_
            $c.Parameters.Values | Where-Object { $_.Attributes | Where-Object { $_.GetType().Name -eq 'ValidateTextLimitAttribute' } } | ForEach-Object { "$($c.Name) -$($_.Name)" }
        }

        $names | Should -Not -BeNullOrEmpty
        $names | Where-Object { $_ -notin $limited } | Should -BeNullOrEmpty
    }
}
