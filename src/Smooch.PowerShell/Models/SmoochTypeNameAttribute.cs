using System;

namespace Smooch.PowerShell.Models;

/// <summary>The stable PSTypeName (e.g. Smooch.AppKey) the module puts first on every output object of this class.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SmoochTypeNameAttribute : Attribute
{
    public SmoochTypeNameAttribute(string typeName) => TypeName = typeName;

    public string TypeName { get; }
}
