using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;

namespace Smooch.PowerShell.Tests.Metadata;

/// <summary>One cmdlet as compiled: its [Cmdlet], [OutputType] and parameters, read as attribute data.</summary>
internal sealed class CmdletShape
{
    public const string AllSets = "__AllParameterSets";

    public CmdletShape(string name, Type type)
    {
        Name = name;
        Type = type;
        CmdletAttribute = type.CustomAttributes.Single(a => a.AttributeType.FullName == "System.Management.Automation.CmdletAttribute");
        Parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new ParameterShape(p))
            .Where(p => p.Attributes.Count > 0)
            .ToList();
    }

    public string Name { get; }

    public Type Type { get; }

    public string Verb => Name.Split('-')[0];

    public CustomAttributeData CmdletAttribute { get; }

    public IReadOnlyList<ParameterShape> Parameters { get; }

    public bool SupportsShouldProcess => Named<bool>("SupportsShouldProcess");

    public bool SupportsPaging => Named<bool>("SupportsPaging");

    public string? ConfirmImpact => CmdletAttribute.NamedArguments.Where(a => a.MemberName == "ConfirmImpact").Select(a => Enum.GetName(typeof(System.Management.Automation.ConfirmImpact), a.TypedValue.Value!)).FirstOrDefault();

    public string? DefaultParameterSetName => CmdletAttribute.NamedArguments.Where(a => a.MemberName == "DefaultParameterSetName").Select(a => (string?)a.TypedValue.Value).FirstOrDefault();

    public IReadOnlyList<Type> OutputTypes => Type.CustomAttributes
        .Where(a => a.AttributeType.FullName == "System.Management.Automation.OutputTypeAttribute")
        .SelectMany(a => ((ReadOnlyCollection<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => v.Value).OfType<Type>())
        .ToList();

    public IReadOnlyList<string> ParameterSets =>
        Parameters.SelectMany(p => p.Attributes.Select(a => a.SetName)).Where(s => s != AllSets).Distinct().ToList();

    public ParameterShape? Parameter(string name) => Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private T Named<T>(string member) => CmdletAttribute.NamedArguments.Where(a => a.MemberName == member).Select(a => (T)a.TypedValue.Value!).FirstOrDefault()!;
}

internal sealed class ParameterShape
{
    public ParameterShape(PropertyInfo property)
    {
        Property = property;
        Attributes = property.CustomAttributes
            .Where(a => a.AttributeType.FullName == "System.Management.Automation.ParameterAttribute")
            .Select(a => new ParameterAttributeShape(a))
            .ToList();
        Aliases = property.CustomAttributes
            .Where(a => a.AttributeType.FullName == "System.Management.Automation.AliasAttribute")
            .SelectMany(a => ((ReadOnlyCollection<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => (string)v.Value!))
            .ToList();
    }

    public PropertyInfo Property { get; }

    public string Name => Property.Name;

    public Type Type => Property.PropertyType;

    public IReadOnlyList<ParameterAttributeShape> Attributes { get; }

    public IReadOnlyList<string> Aliases { get; }

    public bool ByPropertyName => Attributes.Any(a => a.ByPropertyName);

    public bool HasCompleter => Property.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Management.Automation.ArgumentCompleterAttribute");

    public IEnumerable<string> NamesAndAliases => new[] { Name }.Concat(Aliases);
}

internal sealed class ParameterAttributeShape
{
    public ParameterAttributeShape(CustomAttributeData data)
    {
        foreach (CustomAttributeNamedArgument argument in data.NamedArguments)
        {
            switch (argument.MemberName)
            {
                case "ParameterSetName":
                    SetName = (string)argument.TypedValue.Value!;
                    break;
                case "ValueFromPipeline":
                    ByValue = (bool)argument.TypedValue.Value!;
                    break;
                case "ValueFromPipelineByPropertyName":
                    ByPropertyName = (bool)argument.TypedValue.Value!;
                    break;
                case "Mandatory":
                    Mandatory = (bool)argument.TypedValue.Value!;
                    break;
            }
        }
    }

    public string SetName { get; } = CmdletShape.AllSets;

    public bool ByValue { get; }

    public bool ByPropertyName { get; }

    public bool Mandatory { get; }
}
