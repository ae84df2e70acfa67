using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Smooch.PowerShell.Tests;

/// <summary>
/// The staged MAML help (en-US/Smooch.PowerShell.dll-Help.xml, generated from docs/*.md at build time) against
/// the cmdlets themselves: every cmdlet and parameter documented, the documented metadata true, and Get-Help
/// in a real PowerShell engine showing it.
/// </summary>
public class HelpCoverageTests
{
    private static readonly XNamespace s_maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace s_command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace s_dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly string[] s_commonParameters =
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
        "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "UseTransaction",
    };

    private static readonly Lazy<Dictionary<string, XElement>> s_helpByName = new Lazy<Dictionary<string, XElement>>(LoadHelp);

    private static string HelpFile => Path.Combine(RepositoryPaths.StagedModule, "en-US", "Smooch.PowerShell.dll-Help.xml");

    [Fact]
    public void Every_cmdlet_in_the_assembly_has_help_and_no_help_is_stale()
    {
        using var metadata = ModuleAssemblyMetadata.Open();
        var cmdlets = metadata.Cmdlets().Keys.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();

        Assert.NotEmpty(cmdlets);
        Assert.Equal(cmdlets, s_helpByName.Value.Keys.OrderBy(n => n, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_parameter_of_every_cmdlet_is_documented()
    {
        using var metadata = ModuleAssemblyMetadata.Open();
        var problems = new List<string>();
        foreach (var (name, type) in metadata.Cmdlets())
        {
            var declared = DeclaredParameters(type);
            var documented = s_helpByName.Value.TryGetValue(name, out XElement? help)
                ? help.Element(s_command + "parameters")!.Elements(s_command + "parameter").Select(p => (string)p.Element(s_maml + "name")!).ToList()
                : new List<string>();
            problems.AddRange(declared.Except(documented, StringComparer.OrdinalIgnoreCase).Select(p => $"{name} -{p} is not documented"));
            problems.AddRange(documented.Except(declared, StringComparer.OrdinalIgnoreCase).Select(p => $"{name} documents -{p}, which it does not have"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_page_has_two_examples_with_code_and_one_is_a_pipeline()
    {
        foreach (var (name, help) in s_helpByName.Value)
        {
            var codes = help.Element(s_command + "examples")!.Elements(s_command + "example").Select(e => (string)e.Element(s_dev + "code")!).ToList();
            Assert.True(codes.Count >= 2, $"{name} has {codes.Count} example(s)");
            Assert.All(codes, code => Assert.False(string.IsNullOrWhiteSpace(code), $"{name} has an example without code"));
            Assert.True(codes.Any(c => c.Contains('|', StringComparison.Ordinal)), $"{name} has no pipeline example");
            Assert.False(string.IsNullOrWhiteSpace((string?)help.Element(s_command + "details")!.Element(s_maml + "description")), $"{name} has no synopsis");
            Assert.NotEmpty(help.Element(s_maml + "description")!.Elements(s_maml + "para"));
        }
    }

    [Fact]
    public void The_documented_outputs_name_the_types_the_cmdlets_declare()
    {
        using var metadata = ModuleAssemblyMetadata.Open();
        foreach (var (name, type) in metadata.Cmdlets())
        {
            var returnValues = s_helpByName.Value[name].Element(s_command + "returnValues")!.Elements(s_command + "returnValue")
                .Select(r => (string)r.Element(s_dev + "type")!.Element(s_maml + "name")!).ToList();
            var declared = type.CustomAttributes.Where(a => a.AttributeType.FullName == typeof(OutputTypeAttribute).FullName)
                .SelectMany(a => a.ConstructorArguments)
                .SelectMany(arg => arg.Value is IEnumerable<CustomAttributeTypedArgument> many ? many.Select(m => m.Value) : new[] { arg.Value })
                .OfType<Type>().Select(t => t.FullName!).ToList();
            foreach (string output in declared)
            {
                Assert.True(returnValues.Contains(output), $"{name} declares [OutputType({output})] but its OUTPUTS section lists {string.Join(", ", returnValues)}");
            }

            if (declared.Count == 0)
            {
                Assert.Equal(new[] { "None" }, returnValues);
            }
        }
    }

    [Fact]
    public void The_documented_inputs_are_the_types_of_pipeline_parameters_or_None()
    {
        using var shell = new HostedPowerShell();
        var problems = new List<string>();
        foreach (var (name, help) in s_helpByName.Value)
        {
            var info = (CmdletInfo)shell.Run("Get-Command -Name $args[0] -Module Smooch", name).Single().BaseObject;
            var pipelineTypes = info.Parameters.Values
                .Where(p => p.ParameterSets.Values.Any(s => s.ValueFromPipeline || s.ValueFromPipelineByPropertyName))
                .Select(p => p.ParameterType.FullName!).ToHashSet(StringComparer.Ordinal);
            var documented = help.Element(s_command + "inputTypes")!.Elements(s_command + "inputType")
                .Select(t => (string)t.Element(s_dev + "type")!.Element(s_maml + "name")!).ToList();
            if (pipelineTypes.Count == 0 && !documented.SequenceEqual(new[] { "None" }))
            {
                problems.Add($"{name} takes no pipeline input but INPUTS lists {string.Join(", ", documented)}");
            }

            problems.AddRange(documented.Where(t => pipelineTypes.Count > 0 && !pipelineTypes.Contains(t))
                .Select(t => $"{name} INPUTS lists {t}, which no pipeline parameter takes ({string.Join(", ", pipelineTypes)})"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Each_parameter_set_has_a_syntax_entry_whose_metadata_matches_the_cmdlet()
    {
        using var shell = new HostedPowerShell();
        var problems = new List<string>();
        foreach (var (name, help) in s_helpByName.Value)
        {
            var info = (CmdletInfo)shell.Run("Get-Command -Name $args[0] -Module Smooch", name).Single().BaseObject;
            var syntaxItems = help.Element(s_command + "syntax")!.Elements(s_command + "syntaxItem").Select(ParametersOf).ToList();
            if (syntaxItems.Count != info.ParameterSets.Count)
            {
                problems.Add($"{name}: {info.ParameterSets.Count} parameter set(s) but {syntaxItems.Count} syntax entr(y/ies)");
            }

            foreach (CommandParameterSetInfo set in info.ParameterSets)
            {
                var expected = set.Parameters.Where(p => !s_commonParameters.Contains(p.Name))
                    .ToDictionary(p => p.Name, Describe, StringComparer.OrdinalIgnoreCase);
                if (!syntaxItems.Any(item => item.Count == expected.Count && expected.All(e => item.TryGetValue(e.Key, out string? d) && d == e.Value)))
                {
                    problems.Add($"{name}: no syntax entry matches set '{set.Name}' (syntax: {name} {set}): {string.Join("; ", expected.Select(e => e.Key + " " + e.Value))}");
                }
            }

            foreach (XElement parameter in help.Element(s_command + "parameters")!.Elements(s_command + "parameter"))
            {
                string parameterName = (string)parameter.Element(s_maml + "name")!;
                if (info.Parameters.TryGetValue(parameterName, out ParameterMetadata? actual))
                {
                    string documentedType = (string)parameter.Element(s_dev + "type")!.Element(s_maml + "name")!;
                    Type type = Nullable.GetUnderlyingType(actual.ParameterType) ?? actual.ParameterType;
                    if (documentedType != type.Name && documentedType != type.FullName)
                    {
                        problems.Add($"{name} -{parameterName}: documented type {documentedType}, actual {type.FullName}");
                    }
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Get_Help_Full_shows_the_synopsis_examples_and_parameters_of_our_help()
    {
        using var shell = new HostedPowerShell();
        foreach (var (name, help) in s_helpByName.Value)
        {
            PSObject full = shell.Run("Get-Help -Name $args[0] -Full", name).Single();
            Assert.Empty(shell.Errors);

            Assert.Equal((string)help.Element(s_command + "details")!.Element(s_maml + "description")!, (string)full.Properties["Synopsis"].Value);
            var examples = Items(full, "examples", "example");
            var expectedCodes = help.Element(s_command + "examples")!.Elements(s_command + "example").Select(e => (string)e.Element(s_dev + "code")!).ToList();
            Assert.Equal(expectedCodes, examples.Select(e => e.Properties["code"].Value.ToString()));
            var parameters = Items(full, "parameters", "parameter").Select(p => p.Properties["name"].Value.ToString()).ToList();
            Assert.Equal(help.Element(s_command + "parameters")!.Elements(s_command + "parameter").Select(p => (string)p.Element(s_maml + "name")!), parameters);

            PSObject examplesView = shell.Run("Get-Help -Name $args[0] -Examples", name).Single();
            Assert.Equal(expectedCodes.Count, Items(examplesView, "examples", "example").Count);
        }
    }

    [Fact]
    public void Every_example_and_about_Smooch_code_block_parses_and_calls_module_cmdlets_with_parameters_they_have()
    {
        using var shell = new HostedPowerShell();
        var checker = new ModuleCallChecker(shell, "^[A-Za-z]+-Smooch");
        var problems = new List<string>();
        var aboutBlocks = Regex.Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Docs, "about_Smooch.md")), "```powershell\\n(?<code>.*?)```", RegexOptions.Singleline)
            .Select(m => (Where: "about_Smooch", Code: m.Groups["code"].Value)).ToList();
        Assert.True(aboutBlocks.Count >= 3, $"only {aboutBlocks.Count} powershell block(s) found in about_Smooch.md");
        var examples = s_helpByName.Value.SelectMany(h => h.Value.Element(s_command + "examples")!.Elements(s_command + "example")
            .Select(e => (Where: $"{h.Key} {(string)e.Element(s_maml + "title")!}", Code: (string)e.Element(s_dev + "code")!)))
            .Concat(aboutBlocks);
        foreach (var (where, code) in examples)
        {
            ScriptBlockAst ast = Parser.ParseInput(code, out _, out ParseError[] errors);
            problems.AddRange(errors.Select(e => $"{where}: {e.Message}"));
            problems.AddRange(checker.Check(ast, _ => where));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Get_Help_about_Smooch_shows_the_about_topic()
    {
        using var shell = new HostedPowerShell();

        string text = string.Join("\n", shell.Run("Get-Help -Name about_Smooch").Select(o => o.ToString()));

        Assert.Empty(shell.Errors);
        Assert.StartsWith("TOPIC", text.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("SMOOCH_KEY_ID", text, StringComparison.Ordinal);
        Assert.Contains("-AsPlainText", text, StringComparison.Ordinal);
    }

    private static Dictionary<string, XElement> LoadHelp()
    {
        Assert.True(File.Exists(HelpFile), $"{HelpFile} was not staged by the build");
        return XDocument.Load(HelpFile).Root!.Elements(s_command + "command")
            .ToDictionary(c => (string)c.Element(s_command + "details")!.Element(s_command + "name")!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Parameters a user can pass: [Parameter] properties (inherited too), plus what SupportsShouldProcess and SupportsPaging add.</summary>
    private static List<string> DeclaredParameters(Type type)
    {
        var names = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CustomAttributes.Any(a => a.AttributeType.FullName == typeof(ParameterAttribute).FullName))
            .Select(p => p.Name).ToList();
        CustomAttributeData cmdlet = type.CustomAttributes.Single(a => a.AttributeType.FullName == typeof(CmdletAttribute).FullName);
        bool Flag(string flag) => cmdlet.NamedArguments.Any(n => n.MemberName == flag && n.TypedValue.Value is true);
        if (Flag(nameof(CmdletAttribute.SupportsShouldProcess)))
        {
            names.AddRange(new[] { "WhatIf", "Confirm" });
        }

        if (Flag(nameof(CmdletAttribute.SupportsPaging)))
        {
            names.AddRange(new[] { "IncludeTotalCount", "Skip", "First" });
        }

        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static Dictionary<string, string> ParametersOf(XElement syntaxItem) =>
        syntaxItem.Elements(s_command + "parameter").ToDictionary(
            p => (string)p.Element(s_maml + "name")!,
            p => $"required={p.Attribute("required")!.Value} position={p.Attribute("position")!.Value} pipeline={p.Attribute("pipelineInput")!.Value} aliases={p.Attribute("aliases")!.Value} globbing={p.Attribute("globbing")!.Value}",
            StringComparer.OrdinalIgnoreCase);

    private static string Describe(CommandParameterInfo p)
    {
        string pipeline = p.ValueFromPipeline && p.ValueFromPipelineByPropertyName ? "True (ByValue, ByPropertyName)"
            : p.ValueFromPipeline ? "True (ByValue)"
            : p.ValueFromPipelineByPropertyName ? "True (ByPropertyName)"
            : "False";
        string position = p.Position == int.MinValue ? "named" : p.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string aliases = p.Aliases.Count == 0 ? "none" : string.Join(", ", p.Aliases);
        bool wildcards = p.Attributes.Any(a => a is SupportsWildcardsAttribute);
        return $"required={(p.IsMandatory ? "true" : "false")} position={position} pipeline={pipeline} aliases={aliases} globbing={(wildcards ? "true" : "false")}";
    }

    private static List<PSObject> Items(PSObject help, string container, string item)
    {
        if (help.Properties[container]?.Value is not PSObject holder || holder.Properties[item]?.Value is not object value)
        {
            return new List<PSObject>();
        }

        return value is object[] many ? many.Select(PSObject.AsPSObject).ToList() : new List<PSObject> { PSObject.AsPSObject(value) };
    }
}
