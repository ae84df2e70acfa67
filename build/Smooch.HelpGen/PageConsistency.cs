using System;
using System.Collections.Generic;
using System.Linq;

namespace Smooch.HelpGen;

/// <summary>
/// Cross-checks a parsed page: every parameter set named by a yaml block exists under SYNTAX, no set is described
/// twice, and each syntax line names exactly the documented parameters of its set.
/// </summary>
internal static class PageConsistency
{
    public static void Check(string file, CommandHelp help)
    {
        var setNames = help.Syntax.Where(s => s.Name is not null).Select(s => s.Name!).ToList();
        foreach (ParameterHelp parameter in help.Parameters)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (ParameterBlock block in parameter.Blocks)
            {
                foreach (string set in block.ParameterSets.Where(s => s != ParameterBlock.AllSets))
                {
                    if (!setNames.Contains(set, StringComparer.Ordinal))
                    {
                        throw new HelpFormatException(file, parameter.SourceLine, $"Parameter -{parameter.Name} names parameter set '{set}', which SYNTAX does not list.");
                    }

                    if (!seen.Add(set))
                    {
                        throw new HelpFormatException(file, parameter.SourceLine, $"Parameter -{parameter.Name} describes parameter set '{set}' twice.");
                    }
                }
            }

            if (parameter.Blocks.Count > 1 && parameter.Blocks.Any(b => b.ParameterSets.Contains(ParameterBlock.AllSets)))
            {
                throw new HelpFormatException(file, parameter.SourceLine, $"Parameter -{parameter.Name} has several yaml blocks, so each must name its sets instead of (All).");
            }
        }

        foreach (SyntaxSet set in help.Syntax)
        {
            string label = set.Name is null ? "the syntax" : $"parameter set '{set.Name}'";
            foreach (string name in set.ParameterOrder)
            {
                ParameterHelp? parameter = help.Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (parameter is null)
                {
                    throw new HelpFormatException(file, set.SourceLine, $"-{name} appears in {label} but is not documented under PARAMETERS.");
                }

                if (!parameter.Blocks.Any(b => b.AppliesTo(set.Name)))
                {
                    throw new HelpFormatException(file, set.SourceLine, $"-{name} appears in {label} but its yaml block does not list that set.");
                }
            }

            foreach (ParameterHelp parameter in help.Parameters.Where(p => p.Blocks.Any(b => b.AppliesTo(set.Name))))
            {
                if (!set.ParameterOrder.Contains(parameter.Name, StringComparer.OrdinalIgnoreCase))
                {
                    throw new HelpFormatException(file, parameter.SourceLine, $"-{parameter.Name} belongs to {label} but is missing from its syntax line.");
                }
            }
        }
    }
}
