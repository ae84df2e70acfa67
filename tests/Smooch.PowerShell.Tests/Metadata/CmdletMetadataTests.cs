using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Smooch.PowerShell.Tests.Metadata;

/// <summary>The conventions of DESIGN.md, checked on every cmdlet of the staged net8.0 assembly.</summary>
public class CmdletMetadataTests : IDisposable
{
    /// <summary>Cmdlets that never call the API, so they take no -Session.</summary>
    private static readonly string[] s_localCmdlets = { "Connect-Smooch", "Disconnect-Smooch", "Get-SmoochSession", "New-SmoochJwt" };

    /// <summary>Cmdlets that write nothing, so they declare no [OutputType].</summary>
    private static readonly string[] s_silentCmdlets =
    {
        "Disconnect-Smooch", "Remove-SmoochServiceAccount", "Remove-SmoochServiceAccountKey", "Remove-SmoochAppKey",
        "Remove-SmoochIntegrationKey", "Remove-SmoochOrganizationServiceAccount", "Remove-SmoochOrganizationCredential",
    };

    /// <summary>Pipelines that must bind by property name: producer | consumer.</summary>
    public static readonly TheoryData<string, string> Pipelines = new TheoryData<string, string>
    {
        { "Get-SmoochServiceAccount", "Get-SmoochServiceAccountKey" },
        { "Get-SmoochServiceAccount", "New-SmoochServiceAccountKey" },
        { "Get-SmoochServiceAccount", "Set-SmoochServiceAccount" },
        { "Get-SmoochServiceAccount", "Remove-SmoochServiceAccount" },
        { "New-SmoochServiceAccount", "New-SmoochServiceAccountKey" },
        { "Get-SmoochServiceAccountKey", "Remove-SmoochServiceAccountKey" },
        { "Get-SmoochServiceAccountKey", "Get-SmoochServiceAccountJwt" },
        { "New-SmoochServiceAccountKey", "Get-SmoochServiceAccountJwt" },
        { "Get-SmoochApp", "Get-SmoochAppKey" },
        { "Get-SmoochApp", "New-SmoochAppKey" },
        { "Get-SmoochApp", "Get-SmoochIntegration" },
        { "Get-SmoochIntegration", "Get-SmoochIntegrationKey" },
        { "Get-SmoochIntegration", "New-SmoochIntegrationKey" },
        { "Get-SmoochAppKey", "Remove-SmoochAppKey" },
        { "New-SmoochAppKey", "Remove-SmoochAppKey" },
        { "Get-SmoochIntegrationKey", "Remove-SmoochIntegrationKey" },
        { "New-SmoochIntegrationKey", "Remove-SmoochIntegrationKey" },
        { "Get-SmoochOrganizationServiceAccount", "Get-SmoochOrganizationCredential" },
        { "Get-SmoochOrganizationServiceAccount", "New-SmoochOrganizationCredential" },
        { "Get-SmoochOrganizationServiceAccount", "Set-SmoochOrganizationServiceAccount" },
        { "Get-SmoochOrganizationServiceAccount", "Remove-SmoochOrganizationServiceAccount" },
        { "New-SmoochOrganizationServiceAccount", "New-SmoochOrganizationCredential" },
        { "Get-SmoochOrganizationCredential", "Set-SmoochOrganizationCredential" },
        { "Get-SmoochOrganizationCredential", "Remove-SmoochOrganizationCredential" },
        { "New-SmoochOrganizationCredential", "Remove-SmoochOrganizationCredential" },
    };

    private static readonly string[] s_commonParameters =
    {
        "Verbose", "vb", "Debug", "db", "ErrorAction", "ea", "WarningAction", "wa", "InformationAction", "infa", "ProgressAction", "proga",
        "ErrorVariable", "ev", "WarningVariable", "wv", "InformationVariable", "iv", "OutVariable", "ov", "OutBuffer", "ob",
        "PipelineVariable", "pv",
    };

    private readonly ModuleAssemblyMetadata _metadata = ModuleAssemblyMetadata.Open();
    private readonly IReadOnlyDictionary<string, CmdletShape> _cmdlets;

    public CmdletMetadataTests()
    {
        _cmdlets = _metadata.Cmdlets().ToDictionary(c => c.Key, c => new CmdletShape(c.Key, c.Value), StringComparer.OrdinalIgnoreCase);
    }

    public void Dispose() => _metadata.Dispose();

    [Fact]
    public void Every_cmdlet_named_by_the_contract_exists()
    {
        string[] contract =
        {
            "Connect-Smooch", "Disconnect-Smooch", "Get-SmoochSession", "New-SmoochJwt", "Test-SmoochConnection",
            "Get-SmoochServiceAccount", "New-SmoochServiceAccount", "Set-SmoochServiceAccount", "Remove-SmoochServiceAccount",
            "Get-SmoochServiceAccountKey", "New-SmoochServiceAccountKey", "Remove-SmoochServiceAccountKey", "Get-SmoochServiceAccountJwt",
            "Get-SmoochApp", "Get-SmoochIntegration",
            "Get-SmoochAppKey", "New-SmoochAppKey", "Remove-SmoochAppKey",
            "Get-SmoochIntegrationKey", "New-SmoochIntegrationKey", "Remove-SmoochIntegrationKey",
            "Get-SmoochOrganizationServiceAccount", "New-SmoochOrganizationServiceAccount", "Set-SmoochOrganizationServiceAccount", "Remove-SmoochOrganizationServiceAccount",
            "Get-SmoochOrganizationCredential", "New-SmoochOrganizationCredential", "Set-SmoochOrganizationCredential", "Remove-SmoochOrganizationCredential",
            "Invoke-SmoochKeyRotation",
        };

        Assert.Equal(contract.OrderBy(n => n, StringComparer.OrdinalIgnoreCase), _cmdlets.Keys.OrderBy(n => n, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_verb_is_approved()
    {
        var approved = new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic), typeof(VerbsLifecycle), typeof(VerbsLifecycle), typeof(VerbsSecurity), typeof(VerbsOther) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetValue(null)!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(_cmdlets.Values, c => Assert.True(approved.Contains(c.Verb), $"{c.Name}: '{c.Verb}' is not an approved verb"));
    }

    [Fact]
    public void Every_state_change_supports_ShouldProcess_and_every_Remove_is_High_impact()
    {
        foreach (CmdletShape cmdlet in _cmdlets.Values)
        {
            bool changesState = cmdlet.Verb is "New" or "Set" or "Remove" || cmdlet.Name == "Invoke-SmoochKeyRotation";
            if (cmdlet.Name == "New-SmoochJwt")
            {
                changesState = false; // signs locally; nothing on a server changes
            }

            Assert.True(changesState == cmdlet.SupportsShouldProcess, $"{cmdlet.Name}: SupportsShouldProcess should be {changesState}");
            if (cmdlet.Verb == "Remove" || cmdlet.Name == "Invoke-SmoochKeyRotation") // rotation removes the old credential
            {
                Assert.True(cmdlet.ConfirmImpact == "High", $"{cmdlet.Name}: ConfirmImpact must be High");
                Assert.True(cmdlet.Parameter("Force")?.Type.FullName == typeof(SwitchParameter).FullName, $"{cmdlet.Name}: needs a -Force switch");
            }
        }
    }

    [Fact]
    public void Every_cmdlet_that_writes_declares_a_module_output_type_with_a_stable_type_name()
    {
        foreach (CmdletShape cmdlet in _cmdlets.Values)
        {
            if (s_silentCmdlets.Contains(cmdlet.Name))
            {
                Assert.Empty(cmdlet.OutputTypes);
                continue;
            }

            if (cmdlet.Name == "New-SmoochJwt")
            {
                // The token itself, as issue 5 asks: SecureString, or String with -AsPlainText.
                Assert.Equal(new[] { "System.Security.SecureString", "System.String" }, cmdlet.OutputTypes.Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal));
                continue;
            }

            // Invoke-SmoochKeyRotation emits the replacement of each of the four kinds it takes, each its own type.
            int expected = cmdlet.Name == "Invoke-SmoochKeyRotation" ? 4 : 1;
            Assert.Equal(expected, cmdlet.OutputTypes.Count);
            foreach (Type output in cmdlet.OutputTypes)
            {
                Assert.Equal("Smooch.PowerShell.Models", output.Namespace);
                string? typeName = TypeNameOf(output);
                Assert.True(typeName is not null && typeName.StartsWith("Smooch.", StringComparison.Ordinal), $"{cmdlet.Name}: {output.Name} has no [SmoochTypeName]");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Output_binds_by_property_name_to_every_pipeline_parameter_of_the_next_cmdlet(string producer, string consumer)
    {
        Type output = _cmdlets[producer].OutputTypes.Single();
        var properties = output.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Optional by-name filters (-KeyId, -CredentialId of a Get-*) bind when the piped object has them; a parent
        // object (a service account piped to Get-SmoochServiceAccountKey) need not.
        var byName = _cmdlets[consumer].Parameters.Where(p => p.ByPropertyName && p.Attributes.Any(a => a.Mandatory)).ToList();

        Assert.NotEmpty(byName);
        Assert.All(byName, p => Assert.True(p.NamesAndAliases.Any(properties.Contains), $"{consumer} -{p.Name} binds by property name, but {output.Name} from {producer} has no such property"));
    }

    [Fact]
    public void No_secret_is_taken_as_a_plain_string()
    {
        var secretLike = new Regex("Secret|Password|Token|Credential", RegexOptions.IgnoreCase);
        foreach (ParameterShape parameter in _cmdlets.Values.SelectMany(c => c.Parameters))
        {
            if (secretLike.IsMatch(parameter.Name) && parameter.Name != "CredentialId")
            {
                Assert.True(parameter.Type.FullName is not ("System.String" or "System.String[]"), $"-{parameter.Name} is a string; secrets must be SecureString or PSCredential");
            }
        }
    }

    [Fact]
    public void No_two_parameters_share_a_name_or_alias_and_none_shadows_a_common_parameter()
    {
        foreach (CmdletShape cmdlet in _cmdlets.Values)
        {
            var names = cmdlet.Parameters.SelectMany(p => p.NamesAndAliases).ToList();
            if (cmdlet.SupportsShouldProcess)
            {
                names.AddRange(new[] { "WhatIf", "wi", "Confirm", "cf" });
            }

            if (cmdlet.SupportsPaging)
            {
                names.AddRange(new[] { "First", "Skip", "IncludeTotalCount" });
            }

            names.AddRange(s_commonParameters);
            var duplicates = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{cmdlet.Name}: duplicate parameter names/aliases {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void At_most_one_by_value_parameter_per_set_and_a_default_set_when_there_are_several()
    {
        foreach (CmdletShape cmdlet in _cmdlets.Values)
        {
            var sets = cmdlet.ParameterSets.DefaultIfEmpty(CmdletShape.AllSets);
            foreach (string set in sets)
            {
                int byValue = cmdlet.Parameters.Count(p => p.Attributes.Any(a => a.ByValue && (a.SetName == set || a.SetName == CmdletShape.AllSets)));
                Assert.True(byValue <= 1, $"{cmdlet.Name} set {set}: {byValue} parameters take pipeline input by value");
            }

            if (cmdlet.ParameterSets.Count > 1)
            {
                Assert.True(cmdlet.ParameterSets.Contains(cmdlet.DefaultParameterSetName ?? string.Empty), $"{cmdlet.Name} has {cmdlet.ParameterSets.Count} parameter sets but no valid DefaultParameterSetName");
            }
        }
    }

    [Fact]
    public void Every_cmdlet_that_calls_the_API_takes_Session()
    {
        foreach (CmdletShape cmdlet in _cmdlets.Values.Where(c => !s_localCmdlets.Contains(c.Name)))
        {
            ParameterShape? session = cmdlet.Parameter("Session");
            Assert.True(session is not null, $"{cmdlet.Name} has no -Session");
            Assert.Equal("Smooch.PowerShell.Models.Session", session!.Type.FullName);
        }
    }

    [Fact]
    public void Bulk_cmdlets_take_ThrottleLimit_and_many_ids()
    {
        string[] bulk =
        {
            "Get-SmoochServiceAccountKey", "Get-SmoochIntegration", "Get-SmoochAppKey", "Get-SmoochIntegrationKey", "Get-SmoochOrganizationCredential",
            "Remove-SmoochServiceAccount", "Remove-SmoochServiceAccountKey", "Remove-SmoochAppKey", "Remove-SmoochIntegrationKey",
            "Remove-SmoochOrganizationServiceAccount", "Remove-SmoochOrganizationCredential",
        };

        foreach (string name in bulk)
        {
            Assert.Equal("System.Int32", _cmdlets[name].Parameter("ThrottleLimit")?.Type.FullName);
            Assert.Contains(_cmdlets[name].Parameters, p => p.Type.FullName == "System.String[]" && p.ByPropertyName);
        }
    }

    [Fact]
    public void Lists_support_paging()
    {
        foreach (CmdletShape cmdlet in _cmdlets.Values.Where(c => c.Verb == "Get" && c.Name is not ("Get-SmoochSession" or "Get-SmoochServiceAccountJwt")))
        {
            Assert.True(cmdlet.SupportsPaging, $"{cmdlet.Name} lists and must support -First/-Skip");
        }
    }

    [Theory]
    [InlineData("AppId")]
    [InlineData("IntegrationId")]
    [InlineData("ServiceAccountId")]
    [InlineData("KeyId")]
    [InlineData("OrganizationId")]
    [InlineData("CredentialId")]
    public void Id_parameters_of_API_cmdlets_have_a_completer(string parameterName)
    {
        var withParameter = _cmdlets.Values.Where(c => !s_localCmdlets.Contains(c.Name)).Select(c => c.Parameter(parameterName)).Where(p => p is not null).ToList();

        Assert.NotEmpty(withParameter);
        Assert.All(withParameter, p => Assert.True(p!.HasCompleter, $"-{parameterName} has no ArgumentCompleter"));
    }

    internal static string? TypeNameOf(Type type) => type.CustomAttributes
        .Where(a => a.AttributeType.Name == "SmoochTypeNameAttribute")
        .Select(a => (string?)a.ConstructorArguments[0].Value)
        .FirstOrDefault();
}
