using System;
using System.Collections.Generic;
using System.Linq;

namespace Smooch.HelpGen;

internal enum BlockKind { Paragraph, Code, Heading }

/// <summary>A run of Markdown: a paragraph (consecutive non-blank lines), a fenced code block or a ### heading.</summary>
internal sealed record MarkdownBlock(BlockKind Kind, int Line, IReadOnlyList<string> Lines, string Info = "")
{
    public string HeadingText => Lines[0];

    /// <summary>The block as help text: list and table lines keep their breaks, prose lines are joined, code is indented.</summary>
    public string ToText()
    {
        if (Kind == BlockKind.Code)
        {
            return string.Join("\n", Lines.Select(l => l.Length == 0 ? l : "    " + l));
        }

        if (Lines.Any(IsStructuredLine))
        {
            return string.Join("\n", Lines.Select(l => l.Trim()));
        }

        return string.Join(" ", Lines.Select(l => l.Trim()));
    }

    private static bool IsStructuredLine(string line)
    {
        string t = line.TrimStart();
        return t.StartsWith("- ", StringComparison.Ordinal) || t.StartsWith("* ", StringComparison.Ordinal)
            || t.StartsWith("|", StringComparison.Ordinal) || (t.Length > 2 && char.IsDigit(t[0]) && t.IndexOf(". ", StringComparison.Ordinal) is > 0 and < 4);
    }
}

/// <summary>Splits the body of one ## section into blocks; fences must be closed.</summary>
internal static class MarkdownBlocks
{
    public static List<MarkdownBlock> Split(string file, IReadOnlyList<string> lines, int firstLineNumber)
    {
        var blocks = new List<MarkdownBlock>();
        int i = 0;
        while (i < lines.Count)
        {
            string line = lines[i];
            int number = firstLineNumber + i;
            if (line.Trim().Length == 0)
            {
                i++;
            }
            else if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                string info = line.Trim().Substring(3).Trim();
                var code = new List<string>();
                i++;
                while (i < lines.Count && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    code.Add(lines[i].TrimEnd());
                    i++;
                }

                if (i == lines.Count)
                {
                    throw new HelpFormatException(file, number, "Code block opened here is never closed with ```.");
                }

                i++;
                blocks.Add(new MarkdownBlock(BlockKind.Code, number, TrimBlankEdges(code), info));
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                blocks.Add(new MarkdownBlock(BlockKind.Heading, number, new[] { line.Substring(4).Trim() }));
                i++;
            }
            else if (line.StartsWith("#", StringComparison.Ordinal))
            {
                throw new HelpFormatException(file, number, $"Unexpected heading '{line.Trim()}': only ## sections and ### sub-headings are allowed here.");
            }
            else
            {
                var paragraph = new List<string>();
                while (i < lines.Count && lines[i].Trim().Length > 0 && !lines[i].StartsWith("#", StringComparison.Ordinal)
                    && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    paragraph.Add(lines[i].TrimEnd());
                    i++;
                }

                blocks.Add(new MarkdownBlock(BlockKind.Paragraph, number, paragraph));
            }
        }

        return blocks;
    }

    private static IReadOnlyList<string> TrimBlankEdges(List<string> lines)
    {
        int start = 0;
        int end = lines.Count;
        while (start < end && lines[start].Trim().Length == 0)
        {
            start++;
        }

        while (end > start && lines[end - 1].Trim().Length == 0)
        {
            end--;
        }

        return lines.GetRange(start, end - start);
    }
}
