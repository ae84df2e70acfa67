using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Smooch.HelpGen;

/// <summary>
/// Turns an about_*.md page into the plain-text about_*.help.txt that Get-Help about_X shows:
/// TOPIC header, ## headings in capitals at the margin, prose wrapped at 80 columns and indented,
/// code and tables kept verbatim, inline Markdown removed.
/// </summary>
public static class AboutTopicWriter
{
    public const int Width = 80;
    private static readonly Regex s_link = new Regex(@"\[(?<text>[^\]]+)\]\((?<uri>[^)]*)\)");
    private static readonly Regex s_strong = new Regex(@"\*\*(?<text>[^*]+)\*\*");
    private static readonly Regex s_inlineCode = new Regex(@"`(?<text>[^`]+)`");
    private static readonly string[] s_requiredSections = { "SHORT DESCRIPTION", "LONG DESCRIPTION" };

    public static string Convert(string file, string topicName, string markdown)
    {
        string[] lines = markdown.Replace("\r\n", "\n").Split('\n');
        int index = 0;
        while (index < lines.Length && lines[index].Trim().Length == 0)
        {
            index++;
        }

        if (index == lines.Length || lines[index].Trim() != "# " + topicName)
        {
            throw new HelpFormatException(file, Math.Min(index, lines.Length - 1) + 1, $"The first line must be '# {topicName}'.");
        }

        var output = new StringBuilder();
        output.Append("TOPIC\n    ").Append(topicName).Append('\n');
        var seen = new List<string>();
        int bodyStart = index + 1;
        var body = new List<string>();
        bool inFence = false;
        for (int i = index + 1; i <= lines.Length; i++)
        {
            bool atEnd = i == lines.Length;
            if (atEnd || (!inFence && lines[i].StartsWith("## ", StringComparison.Ordinal)))
            {
                AppendBody(file, output, body, bodyStart + 1);
                if (atEnd)
                {
                    break;
                }

                string heading = lines[i].Substring(3).Trim().ToUpperInvariant();
                seen.Add(heading);
                output.Append('\n').Append(heading).Append('\n');
                body.Clear();
                bodyStart = i + 1;
            }
            else
            {
                body.Add(lines[i]);
                inFence ^= lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal);
            }
        }

        foreach (string required in s_requiredSections.Where(r => !seen.Contains(r)))
        {
            throw new HelpFormatException(file, index + 1, $"The topic has no '## {required}' section.");
        }

        return output.ToString();
    }

    private static void AppendBody(string file, StringBuilder output, List<string> body, int firstLine)
    {
        foreach (MarkdownBlock block in MarkdownBlocks.Split(file, body, firstLine))
        {
            output.Append('\n');
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    output.Append("  ").Append(Plain(block.HeadingText)).Append('\n');
                    break;
                case BlockKind.Code:
                    foreach (string line in block.Lines)
                    {
                        output.Append(line.Length == 0 ? "" : "        " + line).Append('\n');
                    }

                    break;
                default:
                    AppendParagraph(output, block.Lines);
                    break;
            }
        }
    }

    private static void AppendParagraph(StringBuilder output, IReadOnlyList<string> lines)
    {
        if (lines[0].TrimStart().StartsWith("|", StringComparison.Ordinal))
        {
            AppendTable(output, lines);
            return;
        }

        // Items of a list start with "- " or "* "; their continuation lines are joined to them.
        var items = new List<string>();
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            bool startsItem = line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal);
            if (startsItem || items.Count == 0)
            {
                items.Add(line);
            }
            else
            {
                items[items.Count - 1] += " " + line;
            }
        }

        foreach (string item in items)
        {
            bool bullet = item.StartsWith("- ", StringComparison.Ordinal) || item.StartsWith("* ", StringComparison.Ordinal);
            string text = Plain(bullet ? item.Substring(2) : item);
            Wrap(output, text, bullet ? "    - " : "    ", bullet ? "      " : "    ");
        }
    }

    /// <summary>
    /// A pipe table becomes aligned columns; the |---| row becomes a dashed rule under the header. When a row would
    /// pass the 80th column, the last column wraps under itself.
    /// </summary>
    private static void AppendTable(StringBuilder output, IReadOnlyList<string> lines)
    {
        var rows = lines.Select(l => l.Trim().Trim('|').Split('|').Select(c => Plain(c.Trim())).ToArray()).ToList();
        bool IsRule(string[] row) => row.All(c => c.Length > 0 && c.All(ch => ch == '-' || ch == ':'));
        int columns = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(i => rows.Where(r => !IsRule(r)).Max(r => i < r.Length ? r[i].Length : 0)).ToArray();
        int lastStart = 4 + widths.Take(columns - 1).Sum(w => w + 2);
        widths[columns - 1] = Math.Min(widths[columns - 1], Math.Max(20, Width - lastStart));
        foreach (string[] row in rows)
        {
            string Cell(int i) => i < row.Length ? row[i] : "";
            string leading = "    " + string.Join("", Enumerable.Range(0, columns - 1).Select(i => (IsRule(row) ? new string('-', widths[i]) : Cell(i).PadRight(widths[i])) + "  "));
            if (IsRule(row))
            {
                output.Append(leading).Append(new string('-', widths[columns - 1])).Append('\n');
                continue;
            }

            var wrapped = new StringBuilder();
            Wrap(wrapped, Cell(columns - 1), "", "", widths[columns - 1]);
            string[] parts = wrapped.ToString().TrimEnd('\n').Split('\n');
            output.Append((leading + parts[0]).TrimEnd()).Append('\n');
            foreach (string part in parts.Skip(1))
            {
                output.Append(new string(' ', lastStart)).Append(part).Append('\n');
            }
        }
    }

    private static void Wrap(StringBuilder output, string text, string firstIndent, string indent, int width = Width)
    {
        string current = firstIndent;
        bool empty = true;
        foreach (string word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && current.Length + 1 + word.Length > width)
            {
                output.Append(current).Append('\n');
                current = indent;
                empty = true;
            }

            current += (empty ? "" : " ") + word;
            empty = false;
        }

        output.Append(current).Append('\n');
    }

    internal static string Plain(string text)
    {
        text = s_link.Replace(text, m =>
        {
            string uri = m.Groups["uri"].Value;
            return uri.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? $"{m.Groups["text"].Value} ({uri})" : m.Groups["text"].Value;
        });
        text = s_strong.Replace(text, "${text}");
        return s_inlineCode.Replace(text, "${text}");
    }
}
