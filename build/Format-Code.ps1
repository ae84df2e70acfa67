#Requires -Version 7.4
<#
.SYNOPSIS
    Converts every C# project of the repository to the code style of .editorconfig, then builds to prove it.
.DESCRIPTION
    Repeatable: run it on any checkout; a second run changes nothing. Steps:
      1. Checks what no tool converts: InternalsVisibleTo must be declared in the project file, not in code.
      2. Renames private fields to the naming rules (instance _camelCase, static s_camelCase) with
         build/Smooch.FieldRenamer (Roslyn's rename; dotnet format cannot apply IDE1006 fixes).
      3. dotnet format (whitespace, usings order, and the style fixes of the enforced rules) over a temporary
         solution holding every project under src/, tests/, bench/ and build/ (Smooch.sln lacks a few).
      4. Builds that solution: EnforceCodeStyleInBuild and TreatWarningsAsErrors fail it on any style warning left.
    -Check changes nothing: dotnet format --verify-no-changes, then the build.
.PARAMETER Check
    Verify only (for CI or before a commit).
.PARAMETER Configuration
    The configuration of the verifying build (default Debug).
.EXAMPLE
    dotnet pwsh ./build/Format-Code.ps1
.EXAMPLE
    dotnet pwsh ./build/Format-Code.ps1 -Check -Configuration Release
#>
[CmdletBinding()]
param(
    [switch] $Check,

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = Split-Path $PSScriptRoot -Parent
$started = Get-Date

# The rules dotnet format applies and, with -Check, verifies (the order of usings, part of IDE0055 here, is not
# reported by the build). IDE0005 (unnecessary using) is applied but not verified: a file compiled for several targets
# (net472 and net8.0, or linked into the net472 tests) may need a using for one target only, which dotnet format
# rightly keeps yet reports for the other. The build enforces IDE0005 where docs are generated (Directory.Build.props);
# a using needed by one target only goes under #if there (see src/Smooch.Client/Http/AttemptClassifier.cs).
$diagnostics = 'IDE0055', 'IDE0161', 'IDE0065', 'IDE0011', 'IDE0003'
$fixOnly = 'IDE0005'

function Invoke-Step([string] $Name, [scriptblock] $Body) {
    $stepStart = Get-Date
    Write-Host "== $Name" -ForegroundColor Cyan
    & $Body
    if ($LASTEXITCODE -ne 0) { throw "$Name failed with exit code $LASTEXITCODE." }
    Write-Host ("   {0:n0} s" -f ((Get-Date) - $stepStart).TotalSeconds)
}

# Every project with C# code, wherever it is; new projects are picked up without editing this script.
$projects = Get-ChildItem -Path (Join-Path $root 'src'), (Join-Path $root 'tests'), (Join-Path $root 'bench'), (Join-Path $root 'build') -Recurse -Filter *.csproj |
    Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' } |
    Where-Object { Get-ChildItem $_.DirectoryName -Recurse -Filter *.cs | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' } | Select-Object -First 1 } |
    Sort-Object FullName
$renamer = $projects | Where-Object Name -EQ 'Smooch.FieldRenamer.csproj'
Write-Host "$($projects.Count) C# projects: $(($projects | ForEach-Object BaseName) -join ', ')"

# 1. InternalsVisibleTo belongs in the project file (<InternalsVisibleTo Include="..." />) in this repository.
$inCode = Get-ChildItem -Path (Join-Path $root 'src'), (Join-Path $root 'tests'), (Join-Path $root 'bench'), (Join-Path $root 'build') -Recurse -Filter *.cs |
    Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' } |
    Select-String -Pattern '^\s*\[assembly:\s*(System\.Runtime\.CompilerServices\.)?InternalsVisibleTo' -List
if ($inCode) {
    throw "InternalsVisibleTo declared in code; move it to the project file as <InternalsVisibleTo Include=""...""/>: $($inCode.Path -join ', ')"
}

# A temporary solution with every project, so that one workspace (one load) serves dotnet format and the build.
$work = Join-Path $root 'out/format'
$null = New-Item -ItemType Directory -Force -Path $work
$solution = Join-Path $work 'All.sln'
Remove-Item $solution -ErrorAction Ignore
Invoke-Step 'temporary solution out/format/All.sln' {
    & dotnet new sln --name All --output $work --format sln | Out-Null
    if ($LASTEXITCODE -ne 0) { return }
    & dotnet sln $solution add @($projects.FullName) | Out-Null
}

# Doc comments parsed in every project, so that IDE0005 is seen (Directory.Build.props); no XML docs required.
$env:SmoochAllUsings = 'true'
try {
    if ($Check) {
        Invoke-Step 'dotnet format --verify-no-changes' {
            & dotnet format $solution --verify-no-changes --severity warn --diagnostics @diagnostics
        }
    }
    else {
        Invoke-Step 'private field names (build/Smooch.FieldRenamer)' {
            & dotnet build $renamer.FullName -c Release -v q -nologo
            if ($LASTEXITCODE -ne 0) { return }
            & dotnet (Join-Path $renamer.DirectoryName 'bin/Release/net10.0/Smooch.FieldRenamer.dll') @($projects.FullName | Where-Object { $_ -ne $renamer.FullName })
        }
        Invoke-Step 'dotnet format' {
            & dotnet format $solution --severity warn --diagnostics @diagnostics @fixOnly
        }
    }
}
finally {
    Remove-Item Env:SmoochAllUsings -ErrorAction Ignore
}

Invoke-Step "dotnet build -c $Configuration (style warnings are errors)" {
    & dotnet build $solution -c $Configuration -nologo -v q
}
Remove-Item $solution -ErrorAction Ignore
Write-Host ("Code style {0} in {1:n0} s." -f ($(if ($Check) { 'verified' } else { 'applied and verified' }), ((Get-Date) - $started).TotalSeconds)) -ForegroundColor Green
