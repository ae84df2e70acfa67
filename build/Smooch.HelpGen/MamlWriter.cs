using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Smooch.HelpGen;

/// <summary>Writes cmdlet help as MAML (the XML that Get-Help reads for compiled cmdlets), in the shape platyPS produces.</summary>
public static class MamlWriter
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    public static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

    public static XDocument Write(IEnumerable<CommandHelp> commands)
    {
        var root = new XElement(Msh + "helpItems",
            new XAttribute("schema", "maml"),
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
            commands.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(WriteCommand));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement WriteCommand(CommandHelp help) =>
        new XElement(Command + "command",
            new XElement(Command + "details",
                new XElement(Command + "name", help.Name),
                new XElement(Command + "verb", help.Verb),
                new XElement(Command + "noun", help.Noun),
                Description(new[] { help.Synopsis })),
            Description(help.Description),
            new XElement(Command + "syntax", help.Syntax.Select(set => SyntaxItem(help, set))),
            new XElement(Command + "parameters", help.Parameters.Select(p => Parameter(p, p.Blocks[0], inSyntax: false))),
            new XElement(Command + "inputTypes", help.Inputs.Select(t => TypeEntry("inputType", t))),
            new XElement(Command + "returnValues", help.Outputs.Select(t => TypeEntry("returnValue", t))),
            help.Notes.Count == 0 ? null : new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(help.Notes))),
            new XElement(Command + "examples", help.Examples.Select(Example)),
            new XElement(Command + "relatedLinks", Links(help)));

    private static XElement SyntaxItem(CommandHelp help, SyntaxSet set)
    {
        var parameters = set.ParameterOrder
            .Select(name => help.Parameters.First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            .Select(p => Parameter(p, p.Blocks.First(b => b.AppliesTo(set.Name)), inSyntax: true));
        return new XElement(Command + "syntaxItem", new XElement(Maml + "name", help.Name), parameters);
    }

    private static XElement Parameter(ParameterHelp parameter, ParameterBlock block, bool inSyntax)
    {
        var element = new XElement(Command + "parameter",
            new XAttribute("required", Lower(block.Required)),
            new XAttribute("variableLength", Lower(block.Type.EndsWith("[]", StringComparison.Ordinal))),
            new XAttribute("globbing", Lower(block.AcceptsWildcards)),
            new XAttribute("pipelineInput", block.PipelineInput),
            new XAttribute("position", block.Position == "Named" ? "named" : block.Position),
            new XAttribute("aliases", block.Aliases.Count == 0 ? "none" : string.Join(", ", block.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Description(parameter.Description));

        // Get-Help prints a switch as '-Name' in syntax, so its value is left out there (as platyPS does).
        if (!(inSyntax && block.IsSwitch))
        {
            element.Add(new XElement(Command + "parameterValue",
                new XAttribute("required", Lower(!block.IsSwitch)),
                new XAttribute("variableLength", "false"),
                block.Type));
        }

        element.Add(
            new XElement(Dev + "type", new XElement(Maml + "name", block.Type), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", block.DefaultValue));
        return element;
    }

    private static XElement TypeEntry(string elementName, TypeHelp type) =>
        new XElement(Command + elementName,
            new XElement(Dev + "type", new XElement(Maml + "name", type.TypeName)),
            Description(type.Description));

    private static XElement Example(HelpExample example) =>
        new XElement(Command + "example",
            new XElement(Maml + "title", $"--------- {example.Title} ---------"),
            new XElement(Dev + "code", example.Code),
            // The empty last paragraph gives Get-Help a blank line before the next example.
            new XElement(Dev + "remarks", Paragraphs(example.Remarks.Append(""))));

    private static IEnumerable<XElement> Links(CommandHelp help)
    {
        if (help.OnlineVersion is not null)
        {
            yield return Link("Online Version:", help.OnlineVersion);
        }

        foreach (RelatedLink link in help.RelatedLinks)
        {
            yield return Link(link.Text, link.Uri ?? "");
        }
    }

    private static XElement Link(string text, string uri) =>
        new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", text), new XElement(Maml + "uri", uri));

    private static XElement Description(IEnumerable<string> paragraphs) =>
        new XElement(Maml + "description", Paragraphs(paragraphs));

    private static IEnumerable<XElement> Paragraphs(IEnumerable<string> paragraphs) =>
        paragraphs.Select(p => new XElement(Maml + "para", p));

    private static string Lower(bool value) => value ? "true" : "false";
}
