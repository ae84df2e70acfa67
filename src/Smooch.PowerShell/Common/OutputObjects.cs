using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Reflection;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Common;

/// <summary>Wraps a model so its stable PSTypeName (Smooch.AppKey, ...) comes first, which the format views select on.</summary>
internal static class OutputObjects
{
    private static readonly ConcurrentDictionary<Type, string?> s_typeNames = new ConcurrentDictionary<Type, string?>();

    public static object Wrap(object model)
    {
        string? typeName = s_typeNames.GetOrAdd(model.GetType(), t => t.GetCustomAttribute<SmoochTypeNameAttribute>()?.TypeName);
        if (typeName is null)
        {
            return model;
        }

        // PowerShell keeps the type names of a base object across wrappers, so an object written again (the same
        // Session from every Get-SmoochSession) already carries its name.
        var wrapped = new PSObject(model);
        if (wrapped.TypeNames.Count == 0 || wrapped.TypeNames[0] != typeName)
        {
            wrapped.TypeNames.Insert(0, typeName);
        }

        return wrapped;
    }
}
