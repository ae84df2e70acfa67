using System.Collections.Generic;
using System.Linq;

namespace Smooch.HelpGen;

/// <summary>One cmdlet's help as read from its Markdown page.</summary>
public sealed class CommandHelp
{
    public CommandHelp(string name) => Name = name;

    public string Name { get; }

    public string Verb => Name.Substring(0, Name.IndexOf('-'));

    public string Noun => Name.Substring(Name.IndexOf('-') + 1);

    public string? OnlineVersion { get; set; }

    /// <summary>The front matter's 'external help file' (the MAML file the page belongs to), when given.</summary>
    public string? ExternalHelpFile { get; set; }

    public string Synopsis { get; set; } = "";

    public IList<string> Description { get; } = new List<string>();

    public IList<SyntaxSet> Syntax { get; } = new List<SyntaxSet>();

    public IList<HelpExample> Examples { get; } = new List<HelpExample>();

    public IList<ParameterHelp> Parameters { get; } = new List<ParameterHelp>();

    public IList<TypeHelp> Inputs { get; } = new List<TypeHelp>();

    public IList<TypeHelp> Outputs { get; } = new List<TypeHelp>();

    public IList<string> Notes { get; } = new List<string>();

    public IList<RelatedLink> RelatedLinks { get; } = new List<RelatedLink>();
}

/// <summary>A parameter set as written under SYNTAX: its name (null when the page has a single unnamed set) and the syntax line.</summary>
public sealed record SyntaxSet(string? Name, bool IsDefault, string Line, int SourceLine)
{
    /// <summary>Parameter names in the order the syntax line mentions them (without the dash).</summary>
    public IReadOnlyList<string> ParameterOrder { get; init; } = new List<string>();
}

public sealed record HelpExample(string Title, string Code, IReadOnlyList<string> Remarks);

public sealed record TypeHelp(string TypeName, IReadOnlyList<string> Description);

public sealed record RelatedLink(string Text, string? Uri);

public sealed class ParameterHelp
{
    public ParameterHelp(string name, int sourceLine)
    {
        Name = name;
        SourceLine = sourceLine;
    }

    public string Name { get; }

    public int SourceLine { get; }

    public IList<string> Description { get; } = new List<string>();

    /// <summary>One block per group of parameter sets in which the parameter behaves the same (platyPS repeats the yaml block).</summary>
    public IList<ParameterBlock> Blocks { get; } = new List<ParameterBlock>();
}

public sealed class ParameterBlock
{
    public const string AllSets = "(All)";

    public string Type { get; set; } = "";

    /// <summary>Set names, or the single entry "(All)".</summary>
    public IReadOnlyList<string> ParameterSets { get; set; } = new[] { AllSets };

    public IReadOnlyList<string> Aliases { get; set; } = new List<string>();

    public bool Required { get; set; }

    /// <summary>"Named" or a 0-based position.</summary>
    public string Position { get; set; } = "Named";

    public string DefaultValue { get; set; } = "None";

    /// <summary>"False", or "True (ByValue)", "True (ByPropertyName)", "True (ByValue, ByPropertyName)".</summary>
    public string PipelineInput { get; set; } = "False";

    public bool AcceptsWildcards { get; set; }

    public bool AppliesTo(string? setName) =>
        setName is null || ParameterSets.Contains(AllSets) || ParameterSets.Contains(setName);

    public bool IsSwitch => Type == "SwitchParameter" || Type == "System.Management.Automation.SwitchParameter";
}
