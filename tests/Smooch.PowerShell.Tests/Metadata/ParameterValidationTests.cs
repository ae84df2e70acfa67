using System;
using System.Collections.Generic;
using System.Linq;
using Smooch.Client.Validation;

namespace Smooch.PowerShell.Tests.Metadata;

/// <summary>
/// Issue 13 as compiled: an id or name parameter refuses '' and $null while binding (so an empty value can never
/// widen a command), and a parameter with a documented length limit declares it from the client's one table.
/// Read from both flavours' assemblies, so a new cmdlet or parameter is checked without editing this file.
/// </summary>
public class ParameterValidationTests
{
    public static readonly TheoryData<string> Flavours = new TheoryData<string> { "net8.0", "net472" };

    [Theory]
    [MemberData(nameof(Flavours))]
    public void Every_id_and_name_parameter_refuses_null_and_empty(string framework)
    {
        var checkedParameters = new List<string>();
        var missing = new List<string>();
        foreach (TextParameter parameter in TextParameters(framework).Where(p => IsIdOrName(p.Name)))
        {
            checkedParameters.Add(parameter.ToString());
            if (!parameter.Has("ValidateNotNullOrEmptyAttribute"))
            {
                missing.Add(parameter.ToString());
            }
        }

        Assert.Contains("Get-SmoochAppKey -KeyId", checkedParameters);
        Assert.Contains("Get-SmoochServiceAccount -ServiceAccountId", checkedParameters);
        Assert.Contains("Get-SmoochOrganizationCredential -Name", checkedParameters);
        Assert.True(missing.Count == 0, "No [ValidateNotNullOrEmpty] on: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Flavours))]
    public void Every_id_parameter_declares_the_id_limit(string framework)
    {
        var wrong = TextParameters(framework)
            .Where(p => p.Name.EndsWith("Id", StringComparison.Ordinal) || p.Name.EndsWith("Ids", StringComparison.Ordinal))
            .Where(p => p.Limit != TextLimits.Id)
            .Select(p => $"{p} ({p.Limit?.ToString() ?? "no limit"})")
            .ToList();

        Assert.True(wrong.Count == 0, $"Not [ValidateTextLimit(TextLimits.Id)] ({TextLimits.Id}): " + string.Join(", ", wrong));
    }

    [Theory]
    [MemberData(nameof(Flavours))]
    public void Every_name_and_description_sent_by_New_or_Set_declares_its_documented_limit(string framework)
    {
        var problems = new List<string>();
        foreach (TextParameter parameter in TextParameters(framework).Where(p => p.Cmdlet.StartsWith("New-", StringComparison.Ordinal) || p.Cmdlet.StartsWith("Set-", StringComparison.Ordinal)))
        {
            int? expected = parameter.Name switch
            {
                "Description" => TextLimits.Description,
                "Name" or "DisplayName" => parameter.Cmdlet.Contains("-SmoochOrganization", StringComparison.Ordinal) ? TextLimits.OrganizationName : TextLimits.SunshineName,
                _ => null,
            };
            if (expected is not null && parameter.Limit != expected)
            {
                problems.Add($"{parameter}: {parameter.Limit?.ToString() ?? "no limit"}, expected {expected}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Theory]
    [MemberData(nameof(Flavours))]
    public void A_description_takes_empty_but_not_null(string framework)
    {
        var descriptions = TextParameters(framework).Where(p => p.Name == "Description").ToList();

        Assert.NotEmpty(descriptions);
        Assert.All(descriptions, p =>
        {
            Assert.True(p.Has("AllowEmptyStringAttribute"), $"{p}: '' means no description");
            Assert.True(p.Has("ValidateNotNullAttribute"), $"{p} must refuse $null");
        });
    }

    private static bool IsIdOrName(string name) =>
        name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal) || name.EndsWith("Name", StringComparison.Ordinal);

    /// <summary>Every string and string[] parameter, read while the metadata context is open.</summary>
    private static IReadOnlyList<TextParameter> TextParameters(string framework)
    {
        using ModuleAssemblyMetadata metadata = ModuleAssemblyMetadata.Open(framework);
        return metadata.Cmdlets()
            .Select(c => new CmdletShape(c.Key, c.Value))
            .SelectMany(c => c.Parameters.Select(p => (Cmdlet: c, Parameter: p)))
            .Where(p => p.Parameter.Type.FullName is "System.String" or "System.String[]")
            .Select(p => new TextParameter(
                p.Cmdlet.Name,
                p.Parameter.Name,
                p.Parameter.Property.CustomAttributes.Select(a => a.AttributeType.Name).ToList(),
                p.Parameter.Property.CustomAttributes
                    .Where(a => a.AttributeType.Name == "ValidateTextLimitAttribute")
                    .Select(a => (int?)(int)a.ConstructorArguments[0].Value!)
                    .FirstOrDefault()))
            .ToList();
    }

    private sealed record TextParameter(string Cmdlet, string Name, IReadOnlyList<string> Attributes, int? Limit)
    {
        public bool Has(string attributeName) => Attributes.Contains(attributeName);

        public override string ToString() => $"{Cmdlet} -{Name}";
    }
}
