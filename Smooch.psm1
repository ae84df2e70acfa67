# Loader of the Smooch module: picks the compiled flavour for this PowerShell and imports its cmdlets.
#  - PowerShell 7.4+ (.NET 8+): lib/net8.0, loaded into a private AssemblyLoadContext so that other
#    modules' RestSharp or System.Text.Json, of any version, neither break nor are broken by ours.
#  - Windows PowerShell 5.1 (.NET Framework 4.7.2+): lib/net472.
# Only engine-core commands and .NET calls are used, so the loader works in minimal hosts too. The tests are type
# lookups rather than -eq/-lt on $PSVersionTable, and paths are plain strings rather than Path.Combine calls: on a cold
# engine each first comparison operator or .NET method binding adds to every import (measured: 20-40 and ~15 ms).
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

if ('System.Runtime.Loader.AssemblyLoadContext' -as [type]) {
    # .NET 8 (PowerShell 7.4) brought SearchValues; lib/net8.0 needs that runtime.
    if (-not ('System.Buffers.SearchValues' -as [type])) {
        throw "The Smooch module needs PowerShell 7.4 or later (this is $($PSVersionTable.PSVersion)). Install the current PowerShell 7 release, or use Windows PowerShell 5.1."
    }

    $libFolder = "$PSScriptRoot/lib/net8.0"
    if (-not ('Smooch.LoadContext.SmoochLoadContext' -as [type])) {
        $null = [System.Runtime.Loader.AssemblyLoadContext]::Default.LoadFromAssemblyPath("$libFolder/Smooch.LoadContext.dll")
    }
    $moduleAssembly = [Smooch.LoadContext.SmoochLoadContext]::LoadModule($libFolder)
}
else {
    # 461808 is the first release key of .NET Framework 4.7.2.
    $release = [Microsoft.Win32.Registry]::GetValue('HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full', 'Release', 0)
    if (-not $release -or $release -lt 461808) {
        throw 'The Smooch module needs .NET Framework 4.7.2 or later on Windows PowerShell 5.1. Install it from Microsoft, or use PowerShell 7.4+.'
    }

    $moduleAssembly = [System.Reflection.Assembly]::LoadFrom([System.IO.Path]::Combine($PSScriptRoot, 'lib', 'net472', 'Smooch.PowerShell.dll'))
}

# The nested module's cmdlets become this module's exports (see ModuleExports for why not Export-ModuleMember).
$innerModule = Import-Module -Assembly $moduleAssembly -Force -PassThru
if (-not [Smooch.PowerShell.ModuleExports]::Add($innerModule, $ExecutionContext.SessionState.Module)) {
    Export-ModuleMember -Cmdlet '*'
}
