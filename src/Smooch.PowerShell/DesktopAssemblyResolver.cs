#if NETFRAMEWORK
using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace Smooch.PowerShell;

/// <summary>
/// Windows PowerShell 5.1 ignores a module's binding redirects, so dependencies shipped in
/// lib/net472 (System.Text.Json and its helpers) are resolved from that folder by name when
/// the exact version asked for is not found.
/// </summary>
public sealed class DesktopAssemblyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly string s_libraryFolder =
        Path.GetDirectoryName(typeof(DesktopAssemblyResolver).Assembly.Location) ?? string.Empty;

    /// <inheritdoc />
    public void OnImport() => AppDomain.CurrentDomain.AssemblyResolve += ResolveFromModuleFolder;

    /// <inheritdoc />
    public void OnRemove(PSModuleInfo psModuleInfo) => AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromModuleFolder;

    private static Assembly? ResolveFromModuleFolder(object? sender, ResolveEventArgs args)
    {
        string name = new AssemblyName(args.Name).Name ?? string.Empty;
        string candidate = Path.Combine(s_libraryFolder, name + ".dll");
        return File.Exists(candidate) ? Assembly.LoadFrom(candidate) : null;
    }
}
#endif
