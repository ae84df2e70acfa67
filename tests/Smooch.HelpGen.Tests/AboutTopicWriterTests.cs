using System;
using System.Linq;

namespace Smooch.HelpGen.Tests;

public class AboutTopicWriterTests
{
    private const string Topic = @"# about_Widgets

## SHORT DESCRIPTION
Explains **widgets**.

## LONG DESCRIPTION
Widgets are small. This sentence is long enough that it has to be wrapped onto a second line by the writer, and a third one as well for good measure.

### Connecting
Run `Connect-Widget` first; see [the docs](https://example.test/docs) or [Get-Widget](Get-Widget.md).

- one item that is also long enough to need wrapping when it is printed in an eighty column console window
- two

```powershell
Get-Widget | Remove-Widget
```

| Name | Meaning |
| ---- | ------- |
| A    | first   |

## SEE ALSO
Get-Widget
";

    [Fact]
    public void Writes_the_topic_header_and_sections_in_capitals()
    {
        string text = AboutTopicWriter.Convert("about_Widgets.md", "about_Widgets", Topic);
        string[] lines = text.Split('\n');

        Assert.Equal(new[] { "TOPIC", "    about_Widgets", "", "SHORT DESCRIPTION", "", "    Explains widgets." }, lines.Take(6));
        Assert.Contains("LONG DESCRIPTION", lines);
        Assert.Contains("SEE ALSO", lines);
        Assert.Contains("  Connecting", lines);
    }

    [Fact]
    public void Wraps_prose_at_80_columns_and_keeps_code_and_tables_verbatim()
    {
        string text = AboutTopicWriter.Convert("about_Widgets.md", "about_Widgets", Topic);
        string[] lines = text.Split('\n');

        Assert.All(lines, l => Assert.True(l.Length <= AboutTopicWriter.Width, $"'{l}' is longer than 80"));
        Assert.True(lines.Count(l => l.StartsWith("    Widgets are small.", StringComparison.Ordinal) || l.StartsWith("    ", StringComparison.Ordinal)) > 3);
        Assert.Contains("        Get-Widget | Remove-Widget", lines);
        Assert.Contains("    Name  Meaning", lines);
        Assert.Contains("    ----  -------", lines);
        Assert.Contains("    A     first", lines);
        int item = Array.FindIndex(lines, l => l.StartsWith("    - one item", StringComparison.Ordinal));
        Assert.True(item > 0);
        Assert.StartsWith("      ", lines[item + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_too_wide_for_80_columns_wraps_its_last_column_under_itself()
    {
        const string wide = "# about_Wide\n\n## SHORT DESCRIPTION\nWide.\n\n## LONG DESCRIPTION\n| Variable | Meaning |\n| --- | --- |\n"
            + "| SMOOCH_BASE_URI | base address of the API; also of the organization API when the other variable is not set, which is rare |\n| X | short |\n";

        string[] lines = AboutTopicWriter.Convert("about_Wide.md", "about_Wide", wide).Split('\n');

        Assert.All(lines, l => Assert.True(l.Length <= AboutTopicWriter.Width, $"'{l}' is longer than 80"));
        int row = Array.FindIndex(lines, l => l.StartsWith("    SMOOCH_BASE_URI  base address", StringComparison.Ordinal));
        Assert.True(row > 0);
        Assert.Matches("^ {21}\\S", lines[row + 1]);
        Assert.Contains("    X                short", lines);
        Assert.Equal("    ---------------  " + new string('-', 59), lines[Array.IndexOf(lines, "    Variable         Meaning") + 1]);
    }

    [Fact]
    public void Removes_inline_markdown_and_keeps_absolute_link_targets()
    {
        string text = AboutTopicWriter.Convert("about_Widgets.md", "about_Widgets", Topic);
        string flat = string.Join(" ", text.Split('\n').Select(l => l.Trim()));

        Assert.Contains("Run Connect-Widget first; see the docs (https://example.test/docs) or Get-Widget.", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_without_its_title_or_a_required_section_is_rejected()
    {
        var wrongTitle = Assert.Throws<HelpFormatException>(() => AboutTopicWriter.Convert("about_Widgets.md", "about_Widgets", Topic.Replace("# about_Widgets", "# Widgets")));
        Assert.Equal(1, wrongTitle.Line);
        Assert.Contains("'# about_Widgets'", wrongTitle.Problem, StringComparison.Ordinal);

        var noShort = Assert.Throws<HelpFormatException>(() => AboutTopicWriter.Convert("about_Widgets.md", "about_Widgets", Topic.Replace("## SHORT DESCRIPTION", "## SUMMARY")));
        Assert.Contains("'## SHORT DESCRIPTION'", noShort.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_code_block_is_reported_with_its_line()
    {
        string broken = Topic.Replace("\r\n", "\n").Replace("Get-Widget | Remove-Widget\n```\n", "Get-Widget | Remove-Widget\n");

        var error = Assert.Throws<HelpFormatException>(() => AboutTopicWriter.Convert("about_Widgets.md", "about_Widgets", broken));

        Assert.Equal(Array.IndexOf(broken.Split('\n'), "```powershell") + 1, error.Line);
    }
}
