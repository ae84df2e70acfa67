using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Smooch.HelpGen.Tests;

public class MamlWriterTests
{
    private static readonly XNamespace s_msh = "http://msh";
    private static readonly XNamespace s_maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace s_command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace s_dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static XElement WriteAndReparse()
    {
        var pages = new[]
        {
            CommandPageParser.Parse("Remove-Widget.md", SamplePages.OneSet),
            CommandPageParser.Parse("Get-Widget.md", SamplePages.TwoSets),
        };
        string text = HelpGenerator.ToText(MamlWriter.Write(pages));
        return XDocument.Parse(text).Root!;
    }

    private static XElement GetWidget(XElement root) =>
        root.Elements(s_command + "command").Single(c => (string)c.Element(s_command + "details")!.Element(s_command + "name")! == "Get-Widget");

    [Fact]
    public void The_document_is_well_formed_maml_with_the_namespaces_Get_Help_reads()
    {
        var pages = new[] { CommandPageParser.Parse("Get-Widget.md", SamplePages.TwoSets) };
        string text = HelpGenerator.ToText(MamlWriter.Write(pages));

        using (var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (reader.Read())
            {
            }
        }

        XElement root = XDocument.Parse(text).Root!;
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        Assert.Equal(s_msh + "helpItems", root.Name);
        Assert.Equal("maml", (string?)root.Attribute("schema"));
        Assert.Equal(s_maml.NamespaceName, root.GetNamespaceOfPrefix("maml")!.NamespaceName);
        Assert.Equal(s_command.NamespaceName, root.GetNamespaceOfPrefix("command")!.NamespaceName);
        Assert.Equal(s_dev.NamespaceName, root.GetNamespaceOfPrefix("dev")!.NamespaceName);
    }

    [Fact]
    public void Commands_are_sorted_and_carry_name_verb_noun_synopsis_and_description()
    {
        XElement root = WriteAndReparse();

        Assert.Equal(new[] { "Get-Widget", "Remove-Widget" }, root.Elements(s_command + "command").Select(c => (string)c.Element(s_command + "details")!.Element(s_command + "name")!));
        XElement details = GetWidget(root).Element(s_command + "details")!;
        Assert.Equal("Get", (string?)details.Element(s_command + "verb"));
        Assert.Equal("Widget", (string?)details.Element(s_command + "noun"));
        Assert.Equal("Gets widgets.", (string?)details.Element(s_maml + "description")!.Element(s_maml + "para"));
        var description = GetWidget(root).Element(s_maml + "description")!.Elements(s_maml + "para").Select(p => (string)p).ToList();
        Assert.Equal(new[] { "The Get-Widget cmdlet lists the widgets of a shop.", "- first point\n- second point" }, description);
    }

    [Fact]
    public void Each_parameter_set_becomes_a_syntax_item_with_that_sets_attributes()
    {
        XElement command = GetWidget(WriteAndReparse());

        var items = command.Element(s_command + "syntax")!.Elements(s_command + "syntaxItem").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(new[] { "ShopId", "Name" }, items[0].Elements(s_command + "parameter").Select(p => (string)p.Element(s_maml + "name")!));
        Assert.Equal(new[] { "ShopId", "WidgetId", "Force" }, items[1].Elements(s_command + "parameter").Select(p => (string)p.Element(s_maml + "name")!));

        XElement shopInList = items[0].Elements(s_command + "parameter").First();
        XElement shopById = items[1].Elements(s_command + "parameter").First();
        Assert.Equal("named", (string?)shopInList.Attribute("position"));
        Assert.Equal("0", (string?)shopById.Attribute("position"));
        Assert.Equal("true", (string?)shopById.Attribute("required"));
        Assert.Equal("Id", (string?)shopById.Attribute("aliases"));
        Assert.Equal("True (ByPropertyName)", (string?)shopById.Attribute("pipelineInput"));

        XElement name = items[0].Elements(s_command + "parameter").Last();
        Assert.Equal("true", (string?)name.Attribute("globbing"));
        Assert.Equal("false", (string?)name.Attribute("required"));
        Assert.Equal("none", (string?)name.Attribute("aliases"));

        XElement force = items[1].Elements(s_command + "parameter").Last();
        Assert.Null(force.Element(s_command + "parameterValue"));
        XElement ids = items[1].Elements(s_command + "parameter").ElementAt(1);
        Assert.Equal("String[]", (string?)ids.Element(s_command + "parameterValue"));
        Assert.Equal("true", (string?)ids.Attribute("variableLength"));
    }

    [Fact]
    public void The_parameters_section_lists_every_parameter_once_with_type_and_default()
    {
        XElement command = GetWidget(WriteAndReparse());

        var parameters = command.Element(s_command + "parameters")!.Elements(s_command + "parameter").ToList();
        Assert.Equal(new[] { "ShopId", "Name", "WidgetId", "Force" }, parameters.Select(p => (string)p.Element(s_maml + "name")!));
        XElement force = parameters[3];
        Assert.Equal("SwitchParameter", (string?)force.Element(s_command + "parameterValue"));
        Assert.Equal("false", (string?)force.Element(s_command + "parameterValue")!.Attribute("required"));
        Assert.Equal("SwitchParameter", (string?)force.Element(s_dev + "type")!.Element(s_maml + "name"));
        Assert.Equal("False", (string?)force.Element(s_dev + "defaultValue"));
        Assert.Equal("No prompt.", (string?)force.Element(s_maml + "description")!.Element(s_maml + "para"));
    }

    [Fact]
    public void Examples_inputs_outputs_notes_and_links_are_written()
    {
        XElement command = GetWidget(WriteAndReparse());

        var examples = command.Element(s_command + "examples")!.Elements(s_command + "example").ToList();
        Assert.Equal(2, examples.Count);
        Assert.Contains("Example 2: Through the pipeline", (string)examples[1].Element(s_maml + "title")!, StringComparison.Ordinal);
        Assert.Equal("Get-Shop | Get-Widget", (string?)examples[1].Element(s_dev + "code"));
        Assert.Equal("Lists every widget.", (string?)examples[0].Element(s_dev + "remarks")!.Element(s_maml + "para"));

        Assert.Equal("System.String", (string?)command.Element(s_command + "inputTypes")!.Element(s_command + "inputType")!.Element(s_dev + "type")!.Element(s_maml + "name"));
        Assert.Equal("Widget", (string?)command.Element(s_command + "returnValues")!.Element(s_command + "returnValue")!.Element(s_dev + "type")!.Element(s_maml + "name"));
        Assert.Equal("Careful with widgets.", (string?)command.Element(s_maml + "alertSet")!.Element(s_maml + "alert")!.Element(s_maml + "para"));

        var links = command.Element(s_command + "relatedLinks")!.Elements(s_maml + "navigationLink")
            .Select(l => ((string)l.Element(s_maml + "linkText")!, (string)l.Element(s_maml + "uri")!)).ToList();
        Assert.Equal(new[] { ("Online Version:", "https://example.test/get-widget"), ("Get-Shop", ""), ("Docs", "https://example.test/widgets") }, links);
    }

    [Fact]
    public void A_page_without_notes_has_no_alert_set()
    {
        XElement root = WriteAndReparse();

        XElement remove = root.Elements(s_command + "command").Single(c => (string)c.Element(s_command + "details")!.Element(s_command + "name")! == "Remove-Widget");
        Assert.Null(remove.Element(s_maml + "alertSet"));
        Assert.NotNull(GetWidget(root).Element(s_maml + "alertSet"));
    }

    [Fact]
    public void Text_with_xml_special_characters_is_escaped()
    {
        string page = SamplePages.OneSet.Replace("Removes it.", "Removes <widgets> & \"things\".");

        string text = HelpGenerator.ToText(MamlWriter.Write(new[] { CommandPageParser.Parse("Remove-Widget.md", page) }));

        Assert.Contains("Removes &lt;widgets&gt; &amp; \"things\".", text, StringComparison.Ordinal);
        Assert.Equal("Removes <widgets> & \"things\".", (string)XDocument.Parse(text).Root!.Descendants(s_maml + "para").First(p => ((string)p).StartsWith("Removes <", StringComparison.Ordinal)));
    }
}
