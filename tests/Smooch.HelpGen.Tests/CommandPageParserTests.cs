using System;
using System.Linq;

namespace Smooch.HelpGen.Tests;

public class CommandPageParserTests
{
    private static CommandHelp ParseTwoSets() => CommandPageParser.Parse("Get-Widget.md", SamplePages.TwoSets);

    [Fact]
    public void Reads_the_title_synopsis_front_matter_and_description()
    {
        CommandHelp help = ParseTwoSets();

        Assert.Equal("Get-Widget", help.Name);
        Assert.Equal("Get", help.Verb);
        Assert.Equal("Widget", help.Noun);
        Assert.Equal("Gets widgets.", help.Synopsis);
        Assert.Equal("https://example.test/get-widget", help.OnlineVersion);
        Assert.Equal("Smooch.PowerShell.dll-Help.xml", help.ExternalHelpFile);
        Assert.Equal(new[] { "The Get-Widget cmdlet lists the widgets of a shop.", "- first point\n- second point" }, help.Description);
    }

    [Fact]
    public void Reads_each_parameter_set_with_its_default_flag_and_parameter_order()
    {
        CommandHelp help = ParseTwoSets();

        Assert.Equal(new[] { "List", "ById" }, help.Syntax.Select(s => s.Name));
        Assert.True(help.Syntax[0].IsDefault);
        Assert.False(help.Syntax[1].IsDefault);
        Assert.Equal(new[] { "ShopId", "Name" }, help.Syntax[0].ParameterOrder);
        Assert.Equal(new[] { "ShopId", "WidgetId", "Force" }, help.Syntax[1].ParameterOrder);
    }

    [Fact]
    public void Reads_every_parameter_property_including_one_block_per_set_group()
    {
        CommandHelp help = ParseTwoSets();

        Assert.Equal(new[] { "ShopId", "Name", "WidgetId", "Force" }, help.Parameters.Select(p => p.Name));
        ParameterHelp shop = help.Parameters[0];
        Assert.Equal(2, shop.Blocks.Count);
        Assert.Equal("Named", shop.Blocks[0].Position);
        Assert.Equal("0", shop.Blocks[1].Position);
        Assert.Equal(new[] { "ById" }, shop.Blocks[1].ParameterSets);
        Assert.Equal(new[] { "Id" }, shop.Blocks[0].Aliases);

        ParameterBlock name = help.Parameters[1].Blocks.Single();
        Assert.Empty(name.Aliases);
        Assert.False(name.Required);
        Assert.True(name.AcceptsWildcards);

        ParameterBlock ids = help.Parameters[2].Blocks.Single();
        Assert.Equal("String[]", ids.Type);
        Assert.Equal(new[] { "Wid", "W" }, ids.Aliases);
        Assert.Equal("True (ByValue, ByPropertyName)", ids.PipelineInput);

        ParameterBlock force = help.Parameters[3].Blocks.Single();
        Assert.True(force.IsSwitch);
        Assert.Equal("False", force.DefaultValue);
        Assert.Equal(new[] { "No prompt." }, help.Parameters[3].Description);
    }

    [Fact]
    public void Reads_examples_with_code_and_remarks()
    {
        CommandHelp help = ParseTwoSets();

        Assert.Equal(2, help.Examples.Count);
        Assert.Equal("Example 1: List the widgets", help.Examples[0].Title);
        Assert.Equal("Get-Widget -ShopId 'abc'", help.Examples[0].Code);
        Assert.Equal(new[] { "Lists every widget." }, help.Examples[0].Remarks);
        Assert.Equal("Get-Shop | Get-Widget", help.Examples[1].Code);
        Assert.Equal(new[] { "Each shop's widgets. Second line of the same paragraph." }, help.Examples[1].Remarks);
    }

    [Fact]
    public void Reads_inputs_outputs_notes_and_links_keeping_only_absolute_uris()
    {
        CommandHelp help = ParseTwoSets();

        Assert.Equal("System.String", help.Inputs.Single().TypeName);
        Assert.Equal(new[] { "A shop id." }, help.Inputs.Single().Description);
        Assert.Equal("Widget", help.Outputs.Single().TypeName);
        Assert.Equal(new[] { "Careful with widgets." }, help.Notes);
        Assert.Equal(new[] { new RelatedLink("Get-Shop", null), new RelatedLink("Docs", "https://example.test/widgets") }, help.RelatedLinks);
    }

    [Fact]
    public void A_page_with_one_unnamed_set_and_no_front_matter_parses()
    {
        CommandHelp help = CommandPageParser.Parse("Remove-Widget.md", SamplePages.OneSet);

        SyntaxSet set = Assert.Single(help.Syntax);
        Assert.Null(set.Name);
        Assert.Equal(new[] { "WidgetId" }, set.ParameterOrder);
        Assert.Null(help.OnlineVersion);
        Assert.Equal("None", help.Inputs.Single().TypeName);
        Assert.Empty(help.Notes);
        Assert.Empty(help.RelatedLinks);
    }

    [Theory]
    [InlineData("## OUTPUTS\n\n### Widget\nOne per widget.\n", "", "# Get-Widget", "no '## OUTPUTS' section")]
    [InlineData("## NOTES", "## REMARKS", "## REMARKS", "Unknown section '## REMARKS'")]
    [InlineData("Position: 0", "Position: first", "Position: first", "Position 'first' must be Named or a number")]
    [InlineData("Required: False\nPosition: Named\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: True", "Required: no\nPosition: Named\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: True", "Required: no", "'Required' must be True or False")]
    [InlineData("Accept pipeline input: True (ByValue, ByPropertyName)", "Accept pipeline input: Yes", "Accept pipeline input: Yes", "Accept pipeline input 'Yes' must be")]
    [InlineData("Aliases: Wid, W\n", "Alias: Wid, W\n", "Alias: Wid, W", "Unknown parameter property 'Alias: Wid, W'")]
    [InlineData("# Get-Widget", "# GetWidget", "# GetWidget", "'GetWidget' is not a Verb-Noun command name")]
    [InlineData("```powershell\nGet-Widget -ShopId 'abc'\n```\n", "Get-Widget -ShopId 'abc'\n", "### Example 1: List the widgets", "Example 'Example 1: List the widgets' has no code block")]
    [InlineData("[-Name <String>] [<CommonParameters>]", "[-Name <String>] [-Colour <String>] [<CommonParameters>]", "Get-Widget -ShopId <String> [-Name <String>] [-Colour <String>] [<CommonParameters>]", "-Colour appears in parameter set 'List' but is not documented")]
    [InlineData("-WidgetId <String[]> [-Force]", "-WidgetId <String[]>", "### -Force", "-Force belongs to parameter set 'ById' but is missing from its syntax line")]
    [InlineData("Parameter Sets: List\nAliases:\n", "Parameter Sets: ByName\nAliases:\n", "### -Name", "names parameter set 'ByName', which SYNTAX does not list")]
    [InlineData("### -Name\nA name pattern.\n", "### -Name\n", "### -Name", "-Name has no description")]
    [InlineData("Lists every widget.\n", "", "### Example 1: List the widgets", "Example 'Example 1: List the widgets' has no explanation")]
    [InlineData("A name pattern.", "{{ Fill Name Description }}", "{{ Fill Name Description }}", "Unfilled placeholder")]
    public void A_malformed_page_is_rejected_with_the_line_at_fault(string original, string replacement, string lineAtFault, string message)
    {
        string page = Replace(SamplePages.TwoSets.Replace("\r\n", "\n"), original, replacement);

        var error = Assert.Throws<HelpFormatException>(() => CommandPageParser.Parse("docs/Get-Widget.md", page));

        Assert.Contains(message, error.Problem, StringComparison.Ordinal);
        Assert.Equal("docs/Get-Widget.md", error.File);
        Assert.Equal(LineOf(page, lineAtFault), error.Line);
        Assert.StartsWith($"docs/Get-Widget.md({error.Line}): error HELPGEN001: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_code_block_is_reported_where_it_opens()
    {
        string page = SamplePages.OneSet.Replace("\r\n", "\n").Replace("Remove-Widget -WidgetId w1\n```\n", "Remove-Widget -WidgetId w1\n");

        var error = Assert.Throws<HelpFormatException>(() => CommandPageParser.Parse("Remove-Widget.md", page));

        Assert.Contains("never closed", error.Problem, StringComparison.Ordinal);
        Assert.Equal(LineOf(page, "```powershell"), error.Line);
    }

    [Fact]
    public void A_parameter_without_a_yaml_block_is_rejected()
    {
        string page = SamplePages.OneSet.Replace("\r\n", "\n");
        int start = page.IndexOf("```yaml", StringComparison.Ordinal);
        int end = page.IndexOf("```\n", start + 7, StringComparison.Ordinal) + 4;
        page = page.Remove(start, end - start);

        var error = Assert.Throws<HelpFormatException>(() => CommandPageParser.Parse("Remove-Widget.md", page));

        Assert.Contains("-WidgetId has no ```yaml block", error.Problem, StringComparison.Ordinal);
        Assert.Equal(LineOf(page, "### -WidgetId"), error.Line);
    }

    private static string Replace(string text, string original, string replacement)
    {
        Assert.Contains(original, text, StringComparison.Ordinal);
        int at = text.IndexOf(original, StringComparison.Ordinal);
        return text.Remove(at, original.Length).Insert(at, replacement);
    }

    private static int LineOf(string text, string line)
    {
        string[] lines = text.Split('\n');
        int index = Array.FindIndex(lines, l => l == line);
        Assert.True(index >= 0, $"'{line}' is not a line of the page");
        return index + 1;
    }
}
