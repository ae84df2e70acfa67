using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace Smooch.LoadContext;

/// <summary>
/// A private load context for the module's own assemblies and their dependencies (RestSharp and
/// friends), so that another module's copy of the same libraries, loaded before or after us,
/// can neither replace ours nor be replaced by ours. Only this small assembly lives in the
/// default context; anything not shipped in the module folder (PowerShell itself, the
/// framework) is shared from the default context.
/// </summary>
public sealed class SmoochLoadContext : AssemblyLoadContext
{
    /// <summary>The assembly that holds the cmdlets.</summary>
    public const string ModuleAssemblyName = "Smooch.PowerShell";

    private static readonly object s_gate = new object();
    private static SmoochLoadContext? s_current;

    private readonly string _directory;

    private SmoochLoadContext(string directory)
        : base("Smooch", isCollectible: false)
    {
        _directory = directory;
    }

    /// <summary>The folder the private context loads from.</summary>
    public string Directory => _directory;

    /// <summary>
    /// Loads the module assembly from <paramref name="directory"/> into the one private context of
    /// this process and returns it; a second call (Import-Module -Force) returns the same assembly.
    /// </summary>
    public static Assembly LoadModule(string directory)
    {
        if (string.IsNullOrEmpty(directory))
        {
            throw new ArgumentException("The module library folder must be given.", nameof(directory));
        }

        string fullPath = Path.GetFullPath(directory);
        lock (s_gate)
        {
            if (s_current is null)
            {
                s_current = new SmoochLoadContext(fullPath);
            }
            else if (!string.Equals(s_current._directory, fullPath, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The Smooch module is already loaded from '{s_current._directory}' in this process; start a new PowerShell session to load it from '{fullPath}'.");
            }

            return s_current.LoadFromAssemblyName(new AssemblyName(ModuleAssemblyName));
        }
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || assemblyName.Name == typeof(SmoochLoadContext).Assembly.GetName().Name)
        {
            return null;
        }

        string candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }
}
