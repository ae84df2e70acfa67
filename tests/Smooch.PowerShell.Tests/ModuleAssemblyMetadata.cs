using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Smooch.PowerShell.Tests;

/// <summary>
/// The staged net8.0 cmdlet assembly opened for reading only (MetadataLoadContext), so attributes are
/// read as data, exactly as they were compiled, without running any module code.
/// </summary>
internal sealed class ModuleAssemblyMetadata : IDisposable
{
    private readonly MetadataLoadContext _context;

    private ModuleAssemblyMetadata(MetadataLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static ModuleAssemblyMetadata Open(string framework = "net8.0")
    {
        string lib = RepositoryPaths.StagedLib(framework);
        var paths = new List<string>(Directory.GetFiles(lib, "*.dll"));
        paths.AddRange(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"));
        paths.Add(typeof(Cmdlet).Assembly.Location);
        var context = new MetadataLoadContext(new PathAssemblyResolver(paths.Distinct(StringComparer.Ordinal)));
        return new ModuleAssemblyMetadata(context, context.LoadFromAssemblyPath(Path.Combine(lib, "Smooch.PowerShell.dll")));
    }

    /// <summary>Every public, non-abstract class with a [Cmdlet] attribute, as Verb-Noun and its type.</summary>
    public IReadOnlyDictionary<string, Type> Cmdlets()
    {
        var cmdlets = new SortedDictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (Type type in Assembly.GetTypes().Where(t => t.IsPublic && t.IsClass && !t.IsAbstract))
        {
            CustomAttributeData? attribute = type.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == typeof(CmdletAttribute).FullName);
            if (attribute is not null)
            {
                cmdlets.Add($"{attribute.ConstructorArguments[0].Value}-{attribute.ConstructorArguments[1].Value}", type);
            }
        }

        return cmdlets;
    }

    public void Dispose() => _context.Dispose();
}
