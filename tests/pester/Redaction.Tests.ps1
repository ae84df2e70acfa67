#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Redaction: a server that quotes the request's credential in its error text (the emulator's EchoCredential fault)
# never gets the session's secret, in any spelling, into an error record, the Verbose/Debug streams or a transcript.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SmoochTestEmulator.psm1') -Force
    Import-Module (Get-StagedModulePath)
    $script:emulator = Start-SmoochTestEmulator
    # The fault answers before authentication, so any key will do: a short secret with characters that Base64 and
    # percent-encoding both change, the case the length heuristics used to miss.
    $script:keyId = New-TestKeyId 'act_'
    $script:secretText = 'Ab9+/=&?x_-.~!Zq'
    $script:session = Connect-Smooch -KeyId $script:keyId -Secret ([System.Net.NetworkCredential]::new('', $script:secretText).SecurePassword) -BaseUri $script:emulator.BaseUri -MaxRetries 0 -PassThru

    function Get-ForbiddenForm([string] $Secret, [string] $User) {
        $forms = [System.Collections.Generic.List[string]]::new()
        foreach ($text in @($Secret, "${User}:$Secret")) {
            $standard = [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($text))
            $urlSafe = $standard.Replace('+', '-').Replace('/', '_')
            $forms.AddRange([string[]]@($standard, $standard.TrimEnd('='), $urlSafe, $urlSafe.TrimEnd('=')))
        }
        $forms.Add($Secret)
        foreach ($form in @($forms)) {
            $escaped = [Uri]::EscapeDataString($form)
            $forms.Add($escaped)
            $forms.Add([regex]::Replace($escaped, '%[0-9A-F]{2}', { param($m) $m.Value.ToLowerInvariant() }))
        }
        $forms | Select-Object -Unique
    }

    # Runs one failing call with -Verbose and -Debug inside a transcript; returns every text a user could see or log.
    function Invoke-EchoedCall([hashtable] $Fault) {
        Add-EmulatorFault $script:emulator $Fault
        $transcript = Join-Path ([System.IO.Path]::GetTempPath()) ("smooch-redaction-" + [Guid]::NewGuid().ToString('N') + '.txt')
        Start-Transcript -Path $transcript | Out-Null
        try {
            $failures = $null
            $streams = Get-SmoochServiceAccount -Session $script:session -Verbose -Debug -ErrorAction SilentlyContinue -ErrorVariable failures 4>&1 5>&1
            $failures | Out-Host
            $streams | Out-Host
        }
        finally {
            Stop-Transcript | Out-Null
        }
        $record = $failures[0]
        $logged = Get-Content $transcript -Raw
        [pscustomobject]@{
            Record     = $record
            Streams    = ($streams | Out-String -Width 4096)
            Transcript = $logged
            Texts      = @(
                ($record | Out-String -Width 4096)
                $record.Exception.ToString()
                ($record.ErrorDetails | Out-String -Width 4096)
                ($record.Exception.Data.Values | Out-String -Width 4096)
                ($record | Format-List * -Force | Out-String -Width 4096)
                ($streams | Out-String -Width 4096)
                $logged
                # The console view wraps long messages ("     | " at each line start); joined again, nothing can hide in a break.
                [regex]::Replace($logged, '\r?\n\s*\|\s?', ' ')
                [regex]::Replace($logged, '\r?\n\s*\|\s?', '')
            )
        }
        Remove-Item $transcript -ErrorAction SilentlyContinue
    }
}

AfterAll {
    Disconnect-Smooch
    Stop-SmoochTestEmulator $script:emulator
}

Describe 'A secret the server echoes back' {
    It 'in form <Echo> is in no error record, stream or transcript' -ForEach @(
        @{ Echo = 'Raw' }, @{ Echo = 'Base64' }, @{ Echo = 'UrlEncoded' }, @{ Echo = 'Header' }
    ) {
        $result = Invoke-EchoedCall @{ method = 'GET'; pathPattern = '/v1.1/serviceaccounts'; kind = 'EchoCredential'; echo = $Echo }

        $result.Record | Should -Not -BeNullOrEmpty
        $result.Record.Exception.StatusCode | Should -Be 400
        # The server's text did arrive: it is shown with the secret cut out, not dropped.
        $result.Record.Exception.Message | Should -BeLike "*Invalid key $($script:keyId):*``[redacted``]*"
        # The streams and the transcript did capture the call and its error.
        $result.Streams | Should -BeLike '*GET /v1.1/serviceaccounts*'
        $result.Transcript | Should -BeLike '*failed: HTTP 400 (bad_request: Invalid key*`[redacted`]*'
        $result.Transcript | Should -BeLike '*GET /v1.1/serviceaccounts -> 400*'
        $forms = @(Get-ForbiddenForm $script:secretText $script:keyId)
        $forms.Count | Should -BeGreaterThan 8
        foreach ($text in $result.Texts) {
            foreach ($form in $forms) {
                $text.Contains($form) | Should -BeFalse -Because "no spelling of the secret (length $($form.Length)) may be shown"
            }
        }
    }

    It 'in the middle of a 1 MB error body is in no error record, stream or transcript' {
        $result = Invoke-EchoedCall @{ method = 'GET'; pathPattern = '/v1.1/serviceaccounts'; kind = 'EchoCredential'; echo = 'Raw'; padBytes = 1048576 }

        $result.Record.Exception.ErrorCode | Should -Be 'bad_request'
        foreach ($text in $result.Texts) {
            foreach ($form in @(Get-ForbiddenForm $script:secretText $script:keyId)) {
                $text.Contains($form) | Should -BeFalse -Because "no spelling of the secret (length $($form.Length)) may be shown"
            }
        }
    }
}
