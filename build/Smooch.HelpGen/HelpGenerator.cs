using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Smooch.HelpGen;

/// <summary>
/// Reads every page of a docs folder and writes the MAML file plus one .help.txt per about topic.
/// All malformed pages are reported together; nothing is written when any page is malformed.
/// </summary>
public static class HelpGenerator
{
    public const string DefaultMamlFileName = "Smooch.PowerShell.dll-Help.xml";

    public sealed record Result(IReadOnlyList<string> WrittenFiles, IReadOnlyList<HelpFormatException> Errors, int CommandCount);

    /// <summary>Pages of docs/ that are for readers of the repository, not help topics.</summary>
    private static readonly HashSet<string> s_maintainerPages = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "README", "ARCHITECTURE" };

    public static Result Run(string docsDirectory, string outputDirectory, string mamlFileName = DefaultMamlFileName)
    {
        var errors = new List<HelpFormatException>();
        var commands = new List<CommandHelp>();
        var topics = new List<(string Name, string Text)>();
        string[] pages = Directory.GetFiles(docsDirectory, "*.md").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        foreach (string path in pages)
        {
            string name = Path.GetFileNameWithoutExtension(path);
            if (s_maintainerPages.Contains(name))
            {
                continue;
            }

            try
            {
                string text = File.ReadAllText(path);
                if (name.StartsWith("about_", StringComparison.Ordinal))
                {
                    topics.Add((name, AboutTopicWriter.Convert(path, name, text)));
                }
                else
                {
                    commands.Add(ReadCommand(path, name, text, mamlFileName));
                }
            }
            catch (HelpFormatException error)
            {
                errors.Add(error);
            }
        }

        if (errors.Count > 0)
        {
            return new Result(Array.Empty<string>(), errors, commands.Count);
        }

        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        string mamlPath = Path.Combine(outputDirectory, mamlFileName);
        WriteIfChanged(mamlPath, ToText(MamlWriter.Write(commands)), written);
        foreach (var (topicName, topicText) in topics)
        {
            WriteIfChanged(Path.Combine(outputDirectory, topicName + ".help.txt"), topicText, written);
        }

        return new Result(written, errors, commands.Count);
    }

    private static CommandHelp ReadCommand(string path, string fileName, string text, string mamlFileName)
    {
        CommandHelp help = CommandPageParser.Parse(path, text);
        if (!string.Equals(help.Name, fileName, StringComparison.Ordinal))
        {
            throw new HelpFormatException(path, 1, $"The page documents '{help.Name}' but the file is named '{fileName}.md'.");
        }

        if (help.ExternalHelpFile is not null && !string.Equals(help.ExternalHelpFile, mamlFileName, StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpFormatException(path, 1, $"'external help file: {help.ExternalHelpFile}' does not match the generated {mamlFileName}.");
        }

        return help;
    }

    public static string ToText(XDocument document)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteIfChanged(string path, string content, List<string> written)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != content)
        {
            File.WriteAllText(path, content, new UTF8Encoding(false));
        }

        written.Add(path);
    }
}
