#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Installing the packaged module the way users do: out/package/Smooch.<version>.nupkg (./build.ps1 -Task Package)
# published to a folder registered as a PSResourceGet repository, installed with Install-PSResource by a fresh
# pwsh process whose home (and so its user module path and repository list) is a new empty folder, then imported
# by name and used against the emulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../pester/SmoochTestEmulator.psm1') -Force
    $repositoryRoot = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../..'))
    $script:package = Get-ChildItem (Join-Path $repositoryRoot 'out/package/Smooch.*.nupkg') -ErrorAction Ignore |
        Sort-Object LastWriteTime -Descending | Select-Object -First 1
    if (-not $script:package) { throw "No package in out/package; run './build.ps1 -Task Package' first." }
    $script:stagedManifest = Import-PowerShellDataFile (Get-StagedModulePath)

    $script:sandbox = Join-Path ([System.IO.Path]::GetTempPath()) "smooch-install-$([Guid]::NewGuid().ToString('N'))"
    $script:userHome = Join-Path $script:sandbox 'home'
    $script:feed = Join-Path $script:sandbox 'feed'
    $null = New-Item -ItemType Directory -Path $script:userHome, $script:feed
    Copy-Item $script:package.FullName $script:feed

    $script:emulator = Start-SmoochTestEmulator
    $script:isolated = @{
        HOME              = $script:userHome
        XDG_DATA_HOME     = Join-Path $script:userHome '.local/share'
        XDG_CONFIG_HOME   = Join-Path $script:userHome '.config'
        XDG_CACHE_HOME    = Join-Path $script:userHome '.cache'
        PSModulePath      = $null
        SMOOCH_KEY_ID     = $script:emulator.KeyId
        SMOOCH_SECRET     = ConvertFrom-TestSecureString $script:emulator.Secret
        SMOOCH_BASE_URI   = $script:emulator.BaseUri
    }
    # .NET finds a special folder only when it exists; otherwise PSResourceGet keeps its store in the current directory.
    $null = New-Item -ItemType Directory -Path $script:isolated.XDG_DATA_HOME, $script:isolated.XDG_CONFIG_HOME, $script:isolated.XDG_CACHE_HOME

    # One fresh process registers the folder, installs from it, imports by name and makes one real call. Each
    # fact comes back as a 'name=value' line.
    $script:facts = @{}
    $lines = Invoke-FreshPwsh -Environment $script:isolated -Script @"
`$ErrorActionPreference = 'Stop'
'before=' + [bool](Get-Module -ListAvailable -Name Smooch)
Register-PSResourceRepository -Name SmoochFolder -Uri '$($script:feed)' -Trusted
Install-PSResource -Name Smooch -Repository SmoochFolder -Scope CurrentUser -TrustRepository -Quiet
`$installed = Get-InstalledPSResource -Name Smooch
'installedVersion=' + `$installed.Version
'installedPath=' + `$installed.InstalledLocation
Import-Module Smooch
`$module = Get-Module Smooch
'moduleBase=' + `$module.ModuleBase
'assembly=' + (Get-Command Connect-Smooch).ImplementingType.Assembly.Location
'manifestValid=' + [bool](Test-ModuleManifest (Join-Path `$module.ModuleBase 'Smooch.psd1'))
Connect-Smooch
`$created = New-SmoochServiceAccount -Name 'installed-copy'
`$read = Get-SmoochServiceAccount -ServiceAccountId `$created.ServiceAccountId
'accountType=' + `$read.PSObject.TypeNames[0]
'accountId=' + `$read.ServiceAccountId
'accountName=' + `$read.Name
'files=' + ((Get-ChildItem -Recurse -File `$module.ModuleBase | ForEach-Object { [System.IO.Path]::GetRelativePath(`$module.ModuleBase, `$_.FullName).Replace('\', '/') } | Where-Object { `$_ -notmatch '^(PSGetModuleInfo\.xml|Smooch\.nuspec|\[Content_Types\]\.xml|_rels/.*|package/.*)$' } | Sort-Object) -join ',')
"@
    foreach ($line in $lines) {
        if ($line -match '^(?<name>\w+)=(?<value>.*)$') { $script:facts[$Matches.name] = $Matches.value }
    }
}

AfterAll {
    Stop-SmoochTestEmulator $script:emulator
    Remove-Item -Recurse -Force $script:sandbox -ErrorAction SilentlyContinue
}

Describe 'Installing the package from a PSResourceGet folder repository' {
    It 'starts from a module path where no Smooch is installed' {
        $script:facts.before | Should -Be 'False'
    }

    It 'installs the packaged version into the new user module path' {
        $script:facts.installedVersion | Should -Be $script:stagedManifest.ModuleVersion
        $script:facts.installedPath | Should -BeLike "$($script:userHome)*"
    }

    It 'imports the installed copy by name, not out/Smooch' {
        $script:facts.moduleBase | Should -BeLike "$($script:userHome)*"
        $script:facts.assembly | Should -BeLike "$($script:facts.moduleBase)*"
        $script:facts.assembly | Should -Not -BeLike "*out/Smooch*"
    }

    It 'has a manifest that passes Test-ModuleManifest' {
        $script:facts.manifestValid | Should -Be 'True'
    }

    It 'ships exactly the staged module files' {
        $stagedBase = Split-Path (Get-StagedModulePath)
        $staged = (Get-ChildItem -Recurse -File $stagedBase | ForEach-Object { [System.IO.Path]::GetRelativePath($stagedBase, $_.FullName).Replace('\', '/') } | Sort-Object) -join ','

        $script:facts.files | Should -Be $staged
    }

    It 'answers a real call from the installed copy with the module''s own objects' {
        $script:facts.accountType | Should -Be 'Smooch.ServiceAccount'
        $script:facts.accountName | Should -Be 'installed-copy'
        $journal = Get-EmulatorJournal $script:emulator
        @($journal | Where-Object { $_.method -eq 'POST' -and $_.path -eq '/v1.1/serviceaccounts' -and $_.status -eq 201 }).Count | Should -Be 1
        @($journal | Where-Object { $_.method -eq 'GET' -and $_.path -eq "/v1.1/serviceaccounts/$($script:facts.accountId)" -and $_.status -eq 200 }).Count | Should -Be 1
    }
}
