using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Smooch.HelpGen.Tests;

public sealed class HelpGeneratorTests : IDisposable
{
    private readonly string _docs = Path.Combine(Path.GetTempPath(), "helpgen-" + Guid.NewGuid().ToString("N"));
    private readonly string _output;

    public HelpGeneratorTests()
    {
        _output = Path.Combine(_docs, "out", "en-US");
        Directory.CreateDirectory(_docs);
        File.WriteAllText(Path.Combine(_docs, "Get-Widget.md"), SamplePages.TwoSets);
        File.WriteAllText(Path.Combine(_docs, "Remove-Widget.md"), SamplePages.OneSet);
        File.WriteAllText(Path.Combine(_docs, "about_Widgets.md"), "# about_Widgets\n\n## SHORT DESCRIPTION\nWidgets.\n\n## LONG DESCRIPTION\nMore.\n");
    }

    public void Dispose() => Directory.Delete(_docs, recursive: true);

    [Fact]
    public void Writes_one_maml_file_for_all_commands_and_a_help_txt_per_about_topic()
    {
        HelpGenerator.Result result = HelpGenerator.Run(_docs, _output);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.CommandCount);
        XDocument maml = XDocument.Load(Path.Combine(_output, "Smooch.PowerShell.dll-Help.xml"));
        Assert.Equal(2, maml.Root!.Elements().Count());
        Assert.StartsWith("TOPIC\n    about_Widgets\n", File.ReadAllText(Path.Combine(_output, "about_Widgets.help.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_malformed_page_is_reported_and_nothing_is_written()
    {
        File.WriteAllText(Path.Combine(_docs, "Remove-Widget.md"), SamplePages.OneSet.Replace("## OUTPUTS", "## OUTPUT"));
        File.WriteAllText(Path.Combine(_docs, "Get-Gadget.md"), SamplePages.TwoSets);

        HelpGenerator.Result result = HelpGenerator.Run(_docs, _output);

        Assert.False(Directory.Exists(_output));
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.File.EndsWith("Remove-Widget.md", StringComparison.Ordinal) && e.Problem.Contains("'## OUTPUT'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File.EndsWith("Get-Gadget.md", StringComparison.Ordinal) && e.Problem.Contains("file is named 'Get-Gadget.md'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_for_another_help_file_is_rejected()
    {
        File.WriteAllText(Path.Combine(_docs, "Get-Widget.md"), SamplePages.TwoSets.Replace("external help file: Smooch.PowerShell.dll-Help.xml", "external help file: Other.dll-Help.xml"));

        HelpGenerator.Result result = HelpGenerator.Run(_docs, _output);

        HelpFormatException error = Assert.Single(result.Errors);
        Assert.Contains("Other.dll-Help.xml", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unchanged_file_is_not_rewritten_so_incremental_builds_stay_quiet()
    {
        HelpGenerator.Run(_docs, _output);
        string maml = Path.Combine(_output, "Smooch.PowerShell.dll-Help.xml");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(maml, stamp);

        HelpGenerator.Run(_docs, _output);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(maml));

        File.WriteAllText(Path.Combine(_docs, "Remove-Widget.md"), SamplePages.OneSet.Replace("Removes it.", "Removes it for good."));
        HelpGenerator.Run(_docs, _output);
        Assert.NotEqual(stamp, File.GetLastWriteTimeUtc(maml));
    }

    [Fact]
    public void The_program_exits_non_zero_on_a_malformed_page()
    {
        File.WriteAllText(Path.Combine(_docs, "Remove-Widget.md"), "# Remove-Widget\n");

        Assert.Equal(1, Program.Main(new[] { _docs, _output }));
        Assert.Equal(2, Program.Main(new[] { Path.Combine(_docs, "missing"), _output }));
    }
}
