using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Smooch.HelpGen;

/// <summary>Reads the platyPS ```yaml block of one parameter (a fixed set of 'Key: value' lines).</summary>
internal static class ParameterYaml
{
    private static readonly string[] s_keys =
    {
        "Type", "Parameter Sets", "Aliases", "Required", "Position", "Default value", "Accept pipeline input", "Accept wildcard characters",
    };

    private static readonly Regex s_pipelineInput = new Regex(@"^(False|True \((ByValue|ByPropertyName|ByValue, ByPropertyName)\))$");

    public static ParameterBlock Parse(string file, MarkdownBlock block)
    {
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        for (int i = 0; i < block.Lines.Count; i++)
        {
            string line = block.Lines[i];
            int number = block.Line + 1 + i;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            int colon = line.IndexOf(':');
            string key = colon > 0 ? line.Substring(0, colon).Trim() : "";
            if (!s_keys.Contains(key))
            {
                throw new HelpFormatException(file, number, $"Unknown parameter property '{line.Trim()}'; expected one of: {string.Join(", ", s_keys)}.");
            }

            if (values.ContainsKey(key))
            {
                throw new HelpFormatException(file, number, $"'{key}' is given twice.");
            }

            values[key] = (line.Substring(colon + 1).Trim(), number);
        }

        foreach (string key in s_keys.Where(k => !values.ContainsKey(k)))
        {
            throw new HelpFormatException(file, block.Line, $"The yaml block lacks '{key}:'.");
        }

        var result = new ParameterBlock
        {
            Type = NonEmpty(file, values["Type"], "Type"),
            ParameterSets = List(NonEmpty(file, values["Parameter Sets"], "Parameter Sets")),
            Aliases = List(values["Aliases"].Value),
            Required = Boolean(file, values["Required"], "Required"),
            DefaultValue = values["Default value"].Value.Length == 0 ? "None" : values["Default value"].Value,
            AcceptsWildcards = Boolean(file, values["Accept wildcard characters"], "Accept wildcard characters"),
        };

        var (positionText, positionLine) = values["Position"];
        if (!CommandPageParser.TryParsePosition(positionText, out string position))
        {
            throw new HelpFormatException(file, positionLine, $"Position '{positionText}' must be Named or a number.");
        }

        result.Position = position;

        var (pipeline, pipelineLine) = values["Accept pipeline input"];
        if (!s_pipelineInput.IsMatch(pipeline))
        {
            throw new HelpFormatException(file, pipelineLine, $"Accept pipeline input '{pipeline}' must be False, True (ByValue), True (ByPropertyName) or True (ByValue, ByPropertyName).");
        }

        result.PipelineInput = pipeline;
        if (result.ParameterSets.Contains(ParameterBlock.AllSets) && result.ParameterSets.Count > 1)
        {
            throw new HelpFormatException(file, values["Parameter Sets"].Line, "(All) cannot be combined with set names.");
        }

        return result;
    }

    private static string NonEmpty(string file, (string Value, int Line) entry, string key)
    {
        if (entry.Value.Length == 0)
        {
            throw new HelpFormatException(file, entry.Line, $"'{key}' needs a value.");
        }

        return entry.Value;
    }

    private static bool Boolean(string file, (string Value, int Line) entry, string key)
    {
        if (entry.Value == "True")
        {
            return true;
        }

        if (entry.Value == "False")
        {
            return false;
        }

        throw new HelpFormatException(file, entry.Line, $"'{key}' must be True or False, not '{entry.Value}'.");
    }

    private static IReadOnlyList<string> List(string value) =>
        value.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
}
