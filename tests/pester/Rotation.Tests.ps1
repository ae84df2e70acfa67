#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Invoke-SmoochKeyRotation in real pwsh against the emulator, for every credential kind: the happy path, -KeepOld,
# -WhatIf, -Confirm:$false, and a fault injected at each step (create: 5xx and a lost answer; verify: never
# authenticates, authenticates late; delete: 5xx). Every case ends by reading the emulator's state and journal to
# count credentials lost and duplicates created; the spec prints the totals for the whole file at the end.

BeforeDiscovery {
    $kinds = @('ServiceAccountKey', 'AppKey', 'IntegrationKey', 'OrganizationCredential' | ForEach-Object { @{ Kind = $_ } })
    $verifiable = @($kinds | Where-Object Kind -ne 'IntegrationKey')
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator -Organization 'rotation-org'
    $script:org = $script:emulator.Organizations[0]
    Connect-SmoochTestEmulator $script:emulator
    $script:tally = [ordered]@{ Cases = 0; FaultsTried = 0; Lost = 0; Duplicates = 0; LeftAfterLostAnswer = 0 }

    function New-UniqueName { 'rot-' + [Guid]::NewGuid().ToString('N').Substring(0, 10) }

    # Per kind: a fresh parent holding one credential named $Name (returned as its Get cmdlet emits it), the paths of
    # its create and its deletes, and what the server holds under that parent now (Id, Name).
    $script:kindInfo = @{
        ServiceAccountKey      = @{
            New       = { param($Name, $Count)
                $sa = New-SmoochServiceAccount -Name (New-UniqueName)
                1..$Count | ForEach-Object { $null = $sa | New-SmoochServiceAccountKey -Name $Name }
                $sa | Get-SmoochServiceAccountKey }
            Create    = { param($s) "/v1.1/serviceaccounts/$($s.ServiceAccountId)/keys" }
            List      = { param($s) Get-SmoochServiceAccountKey -ServiceAccountId $s.ServiceAccountId | ForEach-Object { @{ Id = $_.KeyId; Name = $_.Name } } }
            OldId     = 'KeyId'
            Verify    = @{ Method = 'GET'; PathPattern = '/v2/apps' }
        }
        AppKey                 = @{
            New       = { param($Name, $Count)
                $app = Add-EmulatorApp $script:emulator
                1..$Count | ForEach-Object { $null = New-SmoochAppKey -AppId $app.AppId -DisplayName $Name }
                Get-SmoochAppKey -AppId $app.AppId }
            Create    = { param($s) "/v2/apps/$($s.AppId)/keys" }
            List      = { param($s) Get-SmoochAppKey -AppId $s.AppId | ForEach-Object { @{ Id = $_.KeyId; Name = $_.DisplayName } } }
            OldId     = 'KeyId'
            Verify    = @{ Method = 'GET'; PathPattern = '/v2/apps/*/integrations' }
        }
        IntegrationKey         = @{
            New       = { param($Name, $Count)
                $app = Add-EmulatorApp $script:emulator
                1..$Count | ForEach-Object { $null = New-SmoochIntegrationKey -AppId $app.AppId -IntegrationId $app.IntegrationId -DisplayName $Name }
                Get-SmoochIntegrationKey -AppId $app.AppId -IntegrationId $app.IntegrationId }
            Create    = { param($s) "/v2/apps/$($s.AppId)/integrations/$($s.IntegrationId)/keys" }
            List      = { param($s) Get-SmoochIntegrationKey -AppId $s.AppId -IntegrationId $s.IntegrationId | ForEach-Object { @{ Id = $_.KeyId; Name = $_.DisplayName } } }
            OldId     = 'KeyId'
            Verify    = $null
        }
        OrganizationCredential = @{
            New       = { param($Name, $Count)
                $sa = New-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -Name (New-UniqueName)
                1..$Count | ForEach-Object { $null = $sa | New-SmoochOrganizationCredential -Name $Name -Description 'rotated' }
                $sa | Get-SmoochOrganizationCredential }
            Create    = { param($s) "/organizations/$($s.OrganizationId)/service-accounts/$($s.ServiceAccountId)/credentials" }
            List      = { param($s) Get-SmoochOrganizationCredential -OrganizationId $s.OrganizationId -ServiceAccountId $s.ServiceAccountId | ForEach-Object { @{ Id = $_.CredentialId; Name = $_.Name } } }
            OldId     = 'CredentialId'
            Verify    = @{ Method = 'POST'; PathPattern = '/service-account-token' }
        }
    }

    function New-Subject([string] $Kind, [int] $Count = 1) {
        @(& $script:kindInfo[$Kind].New (New-UniqueName) $Count)
    }

    function Add-RotationFault([hashtable] $Rule) {
        Add-EmulatorFault $script:emulator $Rule
        $script:tally.FaultsTried++
    }

    # Runs a rotation of $Subjects with -Force and $Arguments, from a clean journal; returns the output, the errors,
    # the warnings, the journal and what the server holds afterwards under each subject's parent.
    function Invoke-Rotation([object[]] $Subjects, [hashtable] $Arguments = @{}, [switch] $NoForce) {
        Clear-EmulatorJournal $script:emulator
        if (-not $NoForce) { $Arguments = $Arguments + @{ Force = $true } }
        $errors = $null; $warnings = $null
        $output = @($Subjects | Invoke-SmoochKeyRotation @Arguments -ErrorVariable errors -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue)
        Clear-EmulatorFault $script:emulator
        Set-EmulatorActivationDelay $script:emulator 0
        $journal = @(Get-EmulatorJournal $script:emulator)
        $run = [pscustomobject]@{ Output = $output; Errors = @($errors); Warnings = @($warnings); Journal = $journal; Subjects = $Subjects; Server = $null; Count = $null }
        $run.Server = @($Subjects | ForEach-Object { $kind = Get-Kind $_; , @(& $script:kindInfo[$kind].List $_) })
        $run.Count = Measure-Rotation $run
        $run
    }

    function Get-Kind($Subject) { $Subject.PSObject.TypeNames[0] -replace '^Smooch\.', '' }

    # From the server and the journal, never from what the test expects: a credential is lost when neither it nor an
    # emitted replacement is on the server; a duplicate is a create sent more than once for one credential, or a
    # credential of that name on the server that is neither the old one nor an emitted replacement, unless the
    # cmdlet's error said a lost answer may have left it (ReplacementMayExist).
    function Measure-Rotation($Run) {
        $lost = 0; $duplicates = 0; $leftAfterLostAnswer = 0
        for ($i = 0; $i -lt $Run.Subjects.Count; $i++) {
            $subject = $Run.Subjects[$i]
            $info = $script:kindInfo[(Get-Kind $subject)]
            $oldId = $subject.($info.OldId)
            $server = @($Run.Server[$i])
            $emitted = @($Run.Output | Where-Object { $_.PSObject.Properties["Old$($info.OldId)"].Value -eq $oldId } | ForEach-Object { $_.($info.OldId) })
            if ($server.Id -notcontains $oldId -and @($emitted | Where-Object { $server.Id -contains $_ }).Count -eq 0) { $lost++ }

            # Credentials of this name under this parent that nobody was told about.
            $known = @($Run.Subjects | ForEach-Object { $_.PSObject.Properties[$info.OldId].Value }) + @($Run.Output | ForEach-Object { $_.PSObject.Properties[$info.OldId].Value })
            $name = if ($subject.PSObject.Properties['DisplayName']) { $subject.DisplayName } else { $subject.Name }
            $unknown = @($server | Where-Object { $_.Id -notin $known -and $_.Name -eq $name }).Count
            $announced = @($Run.Errors | Where-Object { $_.FullyQualifiedErrorId -like 'ReplacementMayExist*' -and $_.TargetObject -eq $oldId }).Count
            if ($unknown -gt 0 -and $announced -gt 0) { $leftAfterLostAnswer += $unknown }
            elseif ($i -eq [array]::IndexOf(@($Run.Subjects | ForEach-Object { & $info.Create $_ }), (& $info.Create $subject))) { $duplicates += $unknown }
        }
        # A create sent more than once for one credential (subjects under one parent share the create path).
        foreach ($group in $Run.Subjects | Group-Object { & $script:kindInfo[(Get-Kind $_)].Create $_ }) {
            $creates = @($Run.Journal | Where-Object { $_.method -eq 'POST' -and $_.path -eq $group.Name }).Count
            $duplicates += [Math]::Max(0, $creates - $group.Count)
        }
        $script:tally.Cases++
        $script:tally.Lost += $lost
        $script:tally.Duplicates += $duplicates
        $script:tally.LeftAfterLostAnswer += $leftAfterLostAnswer
        [pscustomobject]@{ Lost = $lost; Duplicates = $duplicates; LeftAfterLostAnswer = $leftAfterLostAnswer }
    }

    function Get-Requests($Run, [string] $Method) { @($Run.Journal | Where-Object method -eq $Method) }
}

AfterAll {
    $line = "Rotation: $($script:tally.Cases) cases, $($script:tally.FaultsTried) faults tried, $($script:tally.Lost) credentials lost, " +
        "$($script:tally.Duplicates) duplicates created, $($script:tally.LeftAfterLostAnswer) replacement(s) left after a lost answer (each announced by ReplacementMayExist)"
    Write-Host $line
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'Rotating a <Kind>' -ForEach $kinds {
    It 'creates a replacement of the same name, verifies it, removes the old one and emits the new secret once' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]

        $run = Invoke-Rotation $subject

        $run.Errors | Should -BeNullOrEmpty
        $run.Output | Should -HaveCount 1
        $new = $run.Output[0]
        $new.PSObject.TypeNames[0] | Should -Be "Smooch.Rotated$Kind"
        $new."Old$($info.OldId)" | Should -Be $subject.($info.OldId)
        $new.OldRemoved | Should -BeTrue
        $new.Verification | Should -Be $(if ($Kind -eq 'IntegrationKey') { 'NotVerifiable' } else { 'Authenticated' })
        $secret = if ($Kind -eq 'OrganizationCredential') { $new.ClientSecret } else { $new.Secret }
        $secret | Should -BeOfType [securestring]
        @($run.Server[0].Id) | Should -Be @($new.($info.OldId))
        @($run.Server[0].Name) | Should -Be @($(if ($Kind -in 'AppKey', 'IntegrationKey') { $subject.DisplayName } else { $subject.Name }))
        # create, then (where the kind can be checked) the check, then the delete of the old one: in that order.
        $changes = @($run.Journal | Where-Object { $_.path -eq (& $info.Create $subject) -or $_.method -eq 'DELETE' })
        $changes.method | Should -Be @('POST', 'DELETE')
        $changes[1].path | Should -BeLike "*/$($subject.($info.OldId))"
        if ($info.Verify) {
            $check = @($run.Journal | Where-Object { $_.method -eq $info.Verify.Method -and $_.path -like $info.Verify.PathPattern })
            $check.Count | Should -Be 1
            [array]::IndexOf($run.Journal, $check[0]) | Should -BeLessThan ([array]::IndexOf($run.Journal, $changes[1]))
        }
        else {
            $run.Warnings.Message | Should -Match 'cannot be checked'
        }
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }

    It '-KeepOld creates and verifies the replacement and keeps the old one' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]

        $run = Invoke-Rotation $subject @{ KeepOld = $true }

        $run.Errors | Should -BeNullOrEmpty
        $run.Output.OldRemoved | Should -BeFalse
        Get-Requests $run 'DELETE' | Should -BeNullOrEmpty
        @($run.Server[0].Id | Sort-Object) | Should -Be @(@($subject.($info.OldId), $run.Output.($info.OldId)) | Sort-Object)
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }

    It '-WhatIf sends no request at all and changes nothing' {
        $subject = New-Subject $Kind

        $run = Invoke-Rotation $subject @{ WhatIf = $true }

        $run.Output | Should -BeNullOrEmpty
        $run.Journal | Should -BeNullOrEmpty
        @($run.Server[0].Id) | Should -Be @($subject.($script:kindInfo[$Kind].OldId))
    }

    It '-Confirm:$false rotates without a prompt' {
        $subject = New-Subject $Kind

        $run = Invoke-Rotation $subject @{ Confirm = $false } -NoForce

        $run.Errors | Should -BeNullOrEmpty
        $run.Output.OldRemoved | Should -BeTrue
    }

    It 'a 5xx on the create leaves the old one untouched, sends the create once and says a replacement may exist' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]
        Add-RotationFault @{ method = 'POST'; pathPattern = (& $info.Create $subject); kind = 'Status'; status = 503; count = 5 }

        $run = Invoke-Rotation $subject

        $run.Output | Should -BeNullOrEmpty
        $run.Errors | Should -HaveCount 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ReplacementMayExist*'
        $run.Errors[0].TargetObject | Should -Be $subject.($info.OldId)
        $run.Errors[0].Exception.Message | Should -Match "$($subject.($info.OldId)) is untouched"
        @(Get-Requests $run 'POST' | Where-Object path -eq (& $info.Create $subject)) | Should -HaveCount 1
        Get-Requests $run 'DELETE' | Should -BeNullOrEmpty
        @($run.Server[0].Id) | Should -Be @($subject.($info.OldId))
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }

    It 'a lost answer to the create (made, then the connection cut) is never sent again, and the error says so' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]
        Add-RotationFault @{ method = 'POST'; pathPattern = (& $info.Create $subject); kind = 'DropResponse'; count = 5 }

        $run = Invoke-Rotation $subject

        $run.Output | Should -BeNullOrEmpty
        $posts = @(Get-Requests $run 'POST' | Where-Object path -eq (& $info.Create $subject))
        $posts | Should -HaveCount 1
        $posts[0].status | Should -Be 0
        $run.Errors | Should -HaveCount 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ReplacementMayExist*'
        $run.Errors[0].Exception.Message | Should -Match "a replacement named '.+' may exist; it was not sent again"
        $run.Errors[0].ErrorDetails.RecommendedAction | Should -Match 'Get-Smooch'
        Get-Requests $run 'DELETE' | Should -BeNullOrEmpty
        $run.Server[0].Id | Should -Contain $subject.($info.OldId)
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
        $run.Count.LeftAfterLostAnswer | Should -Be 1 -Because 'the server made the replacement before the answer was lost'
    }

    It 'a damaged answer to the create (made, answer not JSON) is never sent again, and leaves the old one untouched' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]
        Add-RotationFault @{ method = 'POST'; pathPattern = (& $info.Create $subject); kind = 'MalformedJson'; count = 5 }

        $run = Invoke-Rotation $subject

        $run.Output | Should -BeNullOrEmpty
        @(Get-Requests $run 'POST' | Where-Object path -eq (& $info.Create $subject)) | Should -HaveCount 1
        $run.Errors | Should -HaveCount 1
        $run.Errors[0].FullyQualifiedErrorId | Should -Match '^(ReplacementMayExist|ReplacementSecretLost)'
        $run.Server[0].Id | Should -Contain $subject.($info.OldId)
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }

    It 'a 5xx on the delete of the old one still emits the replacement, with an error naming the old one' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]
        Add-RotationFault @{ method = 'DELETE'; pathPattern = ((& $info.Create $subject) + '/*'); kind = 'Status'; status = 500; count = 10 }

        $run = Invoke-Rotation $subject

        $run.Output | Should -HaveCount 1
        $run.Output[0].OldRemoved | Should -BeFalse
        $run.Errors | Should -HaveCount 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'OldCredentialNotRemoved*'
        $run.Errors[0].TargetObject | Should -Be $subject.($info.OldId)
        $run.Errors[0].ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape($subject.($info.OldId)))
        @($run.Server[0].Id | Sort-Object) | Should -Be @(@($subject.($info.OldId), $run.Output[0].($info.OldId)) | Sort-Object)
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }
}

Describe 'Verifying a <Kind> replacement' -ForEach $verifiable {
    It 'that never authenticates: gives up after -VerifyTimeoutSec, removes the replacement again and keeps the old one' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]
        Set-EmulatorActivationDelay $script:emulator 3600000
        $script:tally.FaultsTried++

        $run = Invoke-Rotation $subject @{ VerifyTimeoutSec = 2 }

        $run.Output | Should -BeNullOrEmpty
        $run.Errors | Should -HaveCount 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ReplacementNotVerified*'
        $run.Errors[0].Exception.Message | Should -Match 'did not authenticate within 2 s'
        $run.Errors[0].Exception.Message | Should -Match 'It was removed again'
        @($run.Journal | Where-Object { $_.method -eq $info.Verify.Method -and $_.path -like $info.Verify.PathPattern }).Count | Should -BeGreaterThan 1
        $deletes = @(Get-Requests $run 'DELETE')
        $deletes | Should -HaveCount 1
        $deletes[0].path | Should -Not -BeLike "*/$($subject.($info.OldId))"
        @($run.Server[0].Id) | Should -Be @($subject.($info.OldId))
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }

    It 'that authenticates only after 2 s: waits for it, then removes the old one' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]
        Set-EmulatorActivationDelay $script:emulator 2000
        $script:tally.FaultsTried++

        $run = Invoke-Rotation $subject @{ VerifyTimeoutSec = 30 }

        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Verification | Should -Be 'Authenticated'
        $run.Output.OldRemoved | Should -BeTrue
        $checks = @($run.Journal | Where-Object { $_.method -eq $info.Verify.Method -and $_.path -like $info.Verify.PathPattern })
        $checks.Count | Should -BeGreaterThan 1
        ([datetimeoffset]$checks[-1].at - [datetimeoffset]$checks[0].at).TotalSeconds | Should -BeGreaterOrEqual 1.5
        @($run.Server[0].Id) | Should -Be @($run.Output.($info.OldId))
        $run.Count.Lost | Should -Be 0
    }

    It 'whose check request keeps failing with 503: gives up like a replacement that never authenticates, and says why' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]
        Add-RotationFault @{ method = $info.Verify.Method; pathPattern = $info.Verify.PathPattern; kind = 'Status'; status = 503; count = 1000 }

        $run = Invoke-Rotation $subject @{ VerifyTimeoutSec = 1 }

        $run.Output | Should -BeNullOrEmpty
        $run.Errors | Should -HaveCount 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ReplacementNotVerified*'
        $run.Errors[0].Exception.Message | Should -Match '503'
        @($run.Server[0].Id) | Should -Be @($subject.($info.OldId))
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }

    It '-VerifyTimeoutSec 0 checks once' {
        $subject = New-Subject $Kind
        $info = $script:kindInfo[$Kind]
        Set-EmulatorActivationDelay $script:emulator 3600000
        $script:tally.FaultsTried++

        $run = Invoke-Rotation $subject @{ VerifyTimeoutSec = 0 }

        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ReplacementNotVerified*'
        @($run.Journal | Where-Object { $_.method -eq $info.Verify.Method -and $_.path -like $info.Verify.PathPattern }).Count | Should -Be 1
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }
}

Describe 'Many credentials' {
    It '-ThrottleLimit 3 rotates 12 keys at most 3 at a time, in input order' {
        $subjects = New-Subject 'ServiceAccountKey' -Count 12
        Set-EmulatorLatency $script:emulator 40
        Reset-EmulatorMaxConcurrency $script:emulator
        try {
            $run = Invoke-Rotation $subjects @{ ThrottleLimit = 3 }
            $max = Get-EmulatorMaxConcurrency $script:emulator
        }
        finally { Set-EmulatorLatency $script:emulator 0 }

        $run.Errors | Should -BeNullOrEmpty
        $run.Output.OldKeyId | Should -Be $subjects.KeyId
        $max | Should -BeLessOrEqual 3
        $max | Should -BeGreaterThan 1
        @(Get-Requests $run 'POST') | Should -HaveCount 12
        @(Get-Requests $run 'DELETE') | Should -HaveCount 12
        @($run.Server[0].Id | Sort-Object) | Should -Be @($run.Output.KeyId | Sort-Object)
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }

    It 'one pipeline of all four kinds from the Get cmdlets, each through the session of its API' {
        $subjects = @('ServiceAccountKey', 'AppKey', 'IntegrationKey', 'OrganizationCredential' | ForEach-Object { New-Subject $_ })

        $run = Invoke-Rotation $subjects

        $run.Errors | Should -BeNullOrEmpty
        $run.Output.ForEach({ $_.PSObject.TypeNames[0] }) | Should -Be @('Smooch.RotatedServiceAccountKey', 'Smooch.RotatedAppKey', 'Smooch.RotatedIntegrationKey', 'Smooch.RotatedOrganizationCredential')
        $run.Output.OldRemoved | Should -Be @($true, $true, $true, $true)
        $run.Count.Lost | Should -Be 0
        $run.Count.Duplicates | Should -Be 0
    }
}

Describe 'Secrets and bad input' {
    It '-AsPlainText emits the new secret as text, and it is the one the API accepts' {
        $subject = New-Subject 'AppKey'

        $run = Invoke-Rotation $subject @{ AsPlainText = $true }

        $new = $run.Output[0]
        $new.Secret | Should -BeOfType [string]
        $credential = [pscredential]::new($new.KeyId, (ConvertTo-SecureString $new.Secret -AsPlainText -Force))
        $integrations = Invoke-RestMethod -Uri "$($script:emulator.BaseUri)/v2/apps/$($new.AppId)/integrations" -Authentication Basic -Credential $credential -AllowUnencryptedAuthentication
        $integrations.integrations | Should -Not -BeNullOrEmpty
    }

    It 'never shows the new secret in Verbose, Warning, error or formatted output' {
        $subjects = @('AppKey', 'IntegrationKey', 'OrganizationCredential' | ForEach-Object { New-Subject $_ })
        Add-RotationFault @{ method = 'DELETE'; pathPattern = '/v2/apps/*/integrations/*/keys/*'; kind = 'Status'; status = 500; count = 10 }

        $streams = @($subjects | Invoke-SmoochKeyRotation -Force -AsPlainText -Verbose -ErrorAction Continue *>&1)
        Clear-EmulatorFault $script:emulator

        $outputs = @($streams | Where-Object { $_.PSObject.TypeNames[0] -like 'Smooch.Rotated*' })
        $outputs | Should -HaveCount 3
        $text = @($streams | Where-Object { $_ -notin $outputs } | ForEach-Object { "$_"; if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.ErrorDetails.RecommendedAction } }) + ($outputs | Format-Table | Out-String) + ($outputs | Format-List | Out-String)
        @($streams | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }) | Should -HaveCount 1
        @($streams | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -BeGreaterThan 3
        foreach ($secret in $outputs | ForEach-Object { if ($_.PSObject.Properties['ClientSecret']) { $_.ClientSecret } else { $_.Secret } }) {
            $secret.Length | Should -BeGreaterThan 10
            ($text -join "`n") | Should -Not -Match ([regex]::Escape($secret))
        }
    }

    It 'refuses to remove the credential its own session authenticates with, before sending anything; -KeepOld rotates it' {
        $own = Get-SmoochOrganizationCredential -OrganizationId $script:org.Id -ServiceAccountId $script:org.ServiceAccountId | Where-Object ClientId -eq $script:org.ClientId

        $run = Invoke-Rotation $own

        $run.Output | Should -BeNullOrEmpty
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'RotatingSessionCredential*'
        $run.Errors[0].ErrorDetails.RecommendedAction | Should -Match 'KeepOld'
        $run.Journal | Should -BeNullOrEmpty

        $kept = Invoke-Rotation $own @{ KeepOld = $true }
        $kept.Errors | Should -BeNullOrEmpty
        $kept.Output.OldRemoved | Should -BeFalse
        (Get-SmoochOrganizationServiceAccount -OrganizationId $script:org.Id -ServiceAccountId $script:org.ServiceAccountId) | Should -Not -BeNullOrEmpty -Because 'the session still works'
        $kept.Output | Remove-SmoochOrganizationCredential -Force
    }

    It 'refuses an object that is not a credential, and an app key without a display name, naming -InputObject and sending nothing' {
        Clear-EmulatorJournal $script:emulator
        $errors = $null
        $inputs = @('app_0123456789abcdef01234567', [pscustomobject]@{ PSTypeName = 'Smooch.AppKey'; AppId = '0123456789abcdef01234567'; KeyId = 'app_0123456789abcdef01234567'; DisplayName = $null })

        $output = @($inputs | Invoke-SmoochKeyRotation -Force -ErrorVariable errors -ErrorAction SilentlyContinue)

        $output | Should -BeNullOrEmpty
        $errors | Should -HaveCount 2
        $errors | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'NotARotatableCredential*'; $_.Exception.Message | Should -Match '^-InputObject ' }
        $errors[1].Exception.Message | Should -Match 'DisplayName'
        Get-EmulatorJournal $script:emulator | Should -BeNullOrEmpty
    }
}
