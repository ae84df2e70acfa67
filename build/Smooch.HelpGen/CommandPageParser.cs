using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Smooch.HelpGen;

/// <summary>
/// Reads one cmdlet page in the platyPS layout (front matter, # Verb-Noun, ## SYNOPSIS ... ## RELATED LINKS)
/// and checks it is complete and consistent; any problem is a <see cref="HelpFormatException"/> naming the line.
/// </summary>
public static class CommandPageParser
{
    private static readonly string[] s_requiredSections = { "SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS" };
    private static readonly string[] s_optionalSections = { "NOTES", "RELATED LINKS" };
    private static readonly Regex s_commandName = new Regex(@"^[A-Z][a-zA-Z]+-[A-Z][A-Za-z0-9]+$");
    private static readonly Regex s_parameterInSyntax = new Regex(@"(?<=[\s\[])-([A-Za-z][A-Za-z0-9]*)");
    private static readonly Regex s_linkLine = new Regex(@"^\[(?<text>[^\]]+)\]\((?<uri>[^)\s]*)\)$");

    public static CommandHelp Parse(string file, string text)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        RejectPlaceholders(file, lines);
        int index = 0;
        var frontMatter = ReadFrontMatter(file, lines, ref index);

        while (index < lines.Length && lines[index].Trim().Length == 0)
        {
            index++;
        }

        if (index == lines.Length || !lines[index].StartsWith("# ", StringComparison.Ordinal))
        {
            throw new HelpFormatException(file, Math.Min(index, lines.Length - 1) + 1, "Expected the page title '# Verb-Noun'.");
        }

        string name = lines[index].Substring(2).Trim();
        if (!s_commandName.IsMatch(name))
        {
            throw new HelpFormatException(file, index + 1, $"'{name}' is not a Verb-Noun command name.");
        }

        frontMatter.TryGetValue("online version", out string? online);
        frontMatter.TryGetValue("external help file", out string? helpFile);
        var help = new CommandHelp(name)
        {
            OnlineVersion = string.IsNullOrEmpty(online) ? null : online,
            ExternalHelpFile = string.IsNullOrEmpty(helpFile) ? null : helpFile,
        };
        var sections = SplitSections(file, lines, index + 1);
        foreach (string required in s_requiredSections.Where(r => !sections.ContainsKey(r)))
        {
            throw new HelpFormatException(file, index + 1, $"The page has no '## {required}' section.");
        }

        ReadSynopsis(file, help, sections["SYNOPSIS"]);
        ReadSyntax(file, help, sections["SYNTAX"]);
        help.Description.AddRange(Paragraphs(file, sections["DESCRIPTION"], "DESCRIPTION"));
        ReadExamples(file, help, sections["EXAMPLES"]);
        ReadParameters(file, help, sections["PARAMETERS"]);
        ReadTypes(file, help.Inputs, sections["INPUTS"], "INPUTS");
        ReadTypes(file, help.Outputs, sections["OUTPUTS"], "OUTPUTS");
        if (sections.TryGetValue("NOTES", out Section? notes))
        {
            help.Notes.AddRange(Paragraphs(file, notes, "NOTES", allowEmpty: true));
        }

        if (sections.TryGetValue("RELATED LINKS", out Section? links))
        {
            ReadLinks(file, help, links);
        }

        PageConsistency.Check(file, help);
        return help;
    }

    private sealed record Section(string Name, int Line, List<MarkdownBlock> Blocks);

    private static Dictionary<string, string> ReadFrontMatter(string file, string[] lines, ref int index)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return values;
        }

        for (index = 1; index < lines.Length; index++)
        {
            string line = lines[index].Trim();
            if (line == "---")
            {
                index++;
                return values;
            }

            int colon = line.IndexOf(':');
            if (line.Length > 0 && colon <= 0)
            {
                throw new HelpFormatException(file, index + 1, $"Front matter line '{line}' is not 'key: value'.");
            }

            if (line.Length > 0)
            {
                values[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }
        }

        throw new HelpFormatException(file, 1, "The front matter opened with '---' is never closed.");
    }

    private static Dictionary<string, Section> SplitSections(string file, string[] lines, int start)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        string? current = null;
        int currentLine = 0;
        var body = new List<string>();
        int bodyStart = start;
        bool inFence = false;
        int fenceLine = 0;

        void Close()
        {
            if (current is not null)
            {
                sections[current] = new Section(current, currentLine, MarkdownBlocks.Split(file, body, bodyStart + 1));
            }
        }

        for (int i = start; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                fenceLine = i + 1;
            }

            // A known section heading inside a code block means the block was never closed.
            if (inFence && line.StartsWith("## ", StringComparison.Ordinal) && IsSectionName(line.Substring(3).Trim()))
            {
                throw new HelpFormatException(file, fenceLine, $"Code block opened here is never closed with ``` (reached '{line.Trim()}').");
            }

            if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                Close();
                string name = line.Substring(3).Trim();
                if (!s_requiredSections.Contains(name) && !s_optionalSections.Contains(name))
                {
                    throw new HelpFormatException(file, i + 1, $"Unknown section '## {name}'; expected one of {string.Join(", ", s_requiredSections.Concat(s_optionalSections))}.");
                }

                if (sections.ContainsKey(name))
                {
                    throw new HelpFormatException(file, i + 1, $"Section '## {name}' appears twice.");
                }

                current = name;
                currentLine = i + 1;
                body = new List<string>();
                bodyStart = i + 1;
            }
            else if (current is not null)
            {
                body.Add(line);
            }
            else if (line.Trim().Length > 0 && !inFence)
            {
                throw new HelpFormatException(file, i + 1, "Text between the title and the first ## section.");
            }
        }

        Close();
        return sections;
    }

    /// <summary>platyPS writes "{{ Fill X Description }}" where text is missing; such a page is not finished.</summary>
    private static void RejectPlaceholders(string file, string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains("{{", StringComparison.Ordinal) && lines[i].Contains("}}", StringComparison.Ordinal))
            {
                throw new HelpFormatException(file, i + 1, $"Unfilled placeholder '{lines[i].Trim()}'.");
            }
        }
    }

    private static bool IsSectionName(string name) => s_requiredSections.Contains(name) || s_optionalSections.Contains(name);

    private static void ReadSynopsis(string file, CommandHelp help, Section section)
    {
        help.Synopsis = string.Join(" ", Paragraphs(file, section, "SYNOPSIS"));
    }

    private static void ReadSyntax(string file, CommandHelp help, Section section)
    {
        string? pendingSet = null;
        bool pendingDefault = false;
        int pendingLine = section.Line;
        foreach (MarkdownBlock block in section.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                if (pendingSet is not null)
                {
                    throw new HelpFormatException(file, pendingLine, $"Parameter set '{pendingSet}' has no syntax code block.");
                }

                string heading = block.HeadingText;
                pendingDefault = heading.EndsWith("(Default)", StringComparison.Ordinal);
                pendingSet = pendingDefault ? heading.Substring(0, heading.Length - "(Default)".Length).Trim() : heading;
                pendingLine = block.Line;
            }
            else if (block.Kind == BlockKind.Code)
            {
                if (pendingSet is null && help.Syntax.Count > 0)
                {
                    throw new HelpFormatException(file, block.Line, "Several syntax blocks need a '### SetName' heading each.");
                }

                string line = string.Join(" ", block.Lines.Select(l => l.Trim()).Where(l => l.Length > 0));
                if (!line.StartsWith(help.Name + " ", StringComparison.Ordinal) && line != help.Name)
                {
                    throw new HelpFormatException(file, block.Line, $"The syntax line must start with '{help.Name}'.");
                }

                var order = s_parameterInSyntax.Matches(line.Substring(help.Name.Length)).Select(m => m.Groups[1].Value).ToList();
                help.Syntax.Add(new SyntaxSet(pendingSet, pendingDefault, line, block.Line + 1) { ParameterOrder = order });
                pendingSet = null;
                pendingDefault = false;
            }
            else
            {
                throw new HelpFormatException(file, block.Line, "SYNTAX holds only '### SetName' headings and code blocks.");
            }
        }

        if (pendingSet is not null)
        {
            throw new HelpFormatException(file, pendingLine, $"Parameter set '{pendingSet}' has no syntax code block.");
        }

        if (help.Syntax.Count == 0)
        {
            throw new HelpFormatException(file, section.Line, "SYNTAX has no code block.");
        }

        if (help.Syntax.Count > 1 && help.Syntax.Any(s => s.Name is null))
        {
            throw new HelpFormatException(file, section.Line, "With several parameter sets every syntax block needs a '### SetName' heading.");
        }

        var duplicate = help.Syntax.Where(s => s.Name is not null).GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new HelpFormatException(file, duplicate.Last().SourceLine, $"Parameter set '{duplicate.Key}' is listed twice.");
        }

        if (help.Syntax.Count(s => s.IsDefault) > 1)
        {
            throw new HelpFormatException(file, section.Line, "More than one parameter set is marked (Default).");
        }
    }

    private static void ReadExamples(string file, CommandHelp help, Section section)
    {
        string? title = null;
        int titleLine = section.Line;
        string? code = null;
        var remarks = new List<string>();

        void Close()
        {
            if (title is null)
            {
                return;
            }

            if (code is null)
            {
                throw new HelpFormatException(file, titleLine, $"Example '{title}' has no code block.");
            }

            if (remarks.Count == 0)
            {
                throw new HelpFormatException(file, titleLine, $"Example '{title}' has no explanation after its code block.");
            }

            help.Examples.Add(new HelpExample(title, code, remarks.ToList()));
        }

        foreach (MarkdownBlock block in section.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                Close();
                title = block.HeadingText;
                if (!title.StartsWith("Example", StringComparison.Ordinal))
                {
                    throw new HelpFormatException(file, block.Line, $"Example heading '{title}' must start with 'Example' (e.g. '### Example 1: List the keys').");
                }

                titleLine = block.Line;
                code = null;
                remarks.Clear();
            }
            else if (title is null)
            {
                throw new HelpFormatException(file, block.Line, "EXAMPLES content must follow a '### Example N: title' heading.");
            }
            else if (block.Kind == BlockKind.Code && code is null)
            {
                code = string.Join("\n", block.Lines);
                if (code.Trim().Length == 0)
                {
                    throw new HelpFormatException(file, block.Line, $"Example '{title}' has an empty code block.");
                }
            }
            else
            {
                remarks.Add(block.ToText());
            }
        }

        Close();
        if (help.Examples.Count == 0)
        {
            throw new HelpFormatException(file, section.Line, "EXAMPLES has no '### Example' entry.");
        }
    }

    private static void ReadParameters(string file, CommandHelp help, Section section)
    {
        ParameterHelp? current = null;
        bool inCommonParameters = false;

        void Close()
        {
            if (current is not null && current.Blocks.Count == 0)
            {
                throw new HelpFormatException(file, current.SourceLine, $"Parameter -{current.Name} has no ```yaml block.");
            }
        }

        foreach (MarkdownBlock block in section.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                Close();
                string heading = block.HeadingText;
                inCommonParameters = heading == "CommonParameters";
                current = null;
                if (inCommonParameters)
                {
                    continue;
                }

                if (!heading.StartsWith("-", StringComparison.Ordinal) || heading.Length < 2 || heading.Contains(' '))
                {
                    throw new HelpFormatException(file, block.Line, $"Parameter heading '{heading}' must be '### -Name' or '### CommonParameters'.");
                }

                string name = heading.Substring(1);
                if (help.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new HelpFormatException(file, block.Line, $"Parameter -{name} is documented twice.");
                }

                current = new ParameterHelp(name, block.Line);
                help.Parameters.Add(current);
            }
            else if (inCommonParameters)
            {
                continue;
            }
            else if (current is null)
            {
                throw new HelpFormatException(file, block.Line, "PARAMETERS content must follow a '### -Name' heading.");
            }
            else if (block.Kind == BlockKind.Code && block.Info == "yaml")
            {
                current.Blocks.Add(ParameterYaml.Parse(file, block));
            }
            else if (current.Blocks.Count > 0)
            {
                throw new HelpFormatException(file, block.Line, $"Text after the yaml block of -{current.Name}; the description goes before it.");
            }
            else
            {
                current.Description.Add(block.ToText());
            }
        }

        Close();
        foreach (ParameterHelp parameter in help.Parameters.Where(p => p.Description.Count == 0))
        {
            throw new HelpFormatException(file, parameter.SourceLine, $"Parameter -{parameter.Name} has no description.");
        }
    }

    private static void ReadTypes(string file, IList<TypeHelp> target, Section section, string sectionName)
    {
        string? type = null;
        var description = new List<string>();
        foreach (MarkdownBlock block in section.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                if (type is not null)
                {
                    target.Add(new TypeHelp(type, description.ToList()));
                }

                type = block.HeadingText;
                description.Clear();
            }
            else if (type is null)
            {
                throw new HelpFormatException(file, block.Line, $"{sectionName} content must follow a '### TypeName' heading.");
            }
            else
            {
                description.Add(block.ToText());
            }
        }

        if (type is null)
        {
            throw new HelpFormatException(file, section.Line, $"{sectionName} names no type ('### TypeName', or '### None').");
        }

        target.Add(new TypeHelp(type, description.ToList()));
    }

    private static void ReadLinks(string file, CommandHelp help, Section section)
    {
        foreach (MarkdownBlock block in section.Blocks)
        {
            if (block.Kind != BlockKind.Paragraph)
            {
                throw new HelpFormatException(file, block.Line, "RELATED LINKS holds only '[text](uri)' lines.");
            }

            for (int i = 0; i < block.Lines.Count; i++)
            {
                Match match = s_linkLine.Match(block.Lines[i].Trim());
                if (!match.Success)
                {
                    throw new HelpFormatException(file, block.Line + i, $"'{block.Lines[i].Trim()}' is not a '[text](uri)' link.");
                }

                string uri = match.Groups["uri"].Value;
                bool absolute = uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                help.RelatedLinks.Add(new RelatedLink(match.Groups["text"].Value, absolute ? uri : null));
            }
        }
    }

    private static List<string> Paragraphs(string file, Section section, string sectionName, bool allowEmpty = false)
    {
        var result = new List<string>();
        foreach (MarkdownBlock block in section.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                throw new HelpFormatException(file, block.Line, $"{sectionName} takes no ### headings.");
            }

            result.Add(block.ToText());
        }

        if (result.Count == 0 && !allowEmpty)
        {
            throw new HelpFormatException(file, section.Line, $"{sectionName} is empty.");
        }

        return result;
    }

    private static void AddRange(this IList<string> target, IEnumerable<string> items)
    {
        foreach (string item in items)
        {
            target.Add(item);
        }
    }

    internal static bool TryParsePosition(string value, out string position)
    {
        if (string.Equals(value, "Named", StringComparison.OrdinalIgnoreCase))
        {
            position = "Named";
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            position = number.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        position = "";
        return false;
    }
}
