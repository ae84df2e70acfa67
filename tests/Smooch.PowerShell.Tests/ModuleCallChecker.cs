using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text.RegularExpressions;

namespace Smooch.PowerShell.Tests;

/// <summary>
/// Checks the module cmdlet calls in parsed script text against the cmdlets a hosted engine actually exports:
/// each called cmdlet exists and has every parameter (or alias) the call names.
/// </summary>
internal sealed class ModuleCallChecker
{
    private readonly Dictionary<string, CmdletInfo> _cmdlets;
    private readonly Regex _moduleCall;

    /// <param name="moduleCallPattern">Command names to check (the module's, not helper functions of the scripts).</param>
    public ModuleCallChecker(HostedPowerShell shell, string moduleCallPattern)
    {
        _cmdlets = shell.Run("Get-Command -Module Smooch -CommandType Cmdlet").Select(o => (CmdletInfo)o.BaseObject)
            .ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        _moduleCall = new Regex(moduleCallPattern);
    }

    /// <summary>How many module cmdlet calls were checked so far.</summary>
    public int Calls { get; private set; }

    /// <summary>The problems of the calls in <paramref name="script"/>, each prefixed with <paramref name="where"/> of its place.</summary>
    public IEnumerable<string> Check(Ast script, Func<IScriptExtent, string> where)
    {
        var problems = new List<string>();
        foreach (CommandAst call in script.FindAll(n => n is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>())
        {
            string? name = call.GetCommandName();
            if (name is null || !_moduleCall.IsMatch(name))
            {
                continue;
            }

            Calls++;
            if (!_cmdlets.TryGetValue(name, out CmdletInfo? cmdlet))
            {
                problems.Add($"{where(call.Extent)}: {name} is not a cmdlet of the module");
                continue;
            }

            var accepted = cmdlet.Parameters.Values.SelectMany(p => p.Aliases.Prepend(p.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            problems.AddRange(call.CommandElements.OfType<CommandParameterAst>()
                .Where(p => !accepted.Contains(p.ParameterName))
                .Select(p => $"{where(p.Extent)}: {name} has no parameter -{p.ParameterName}"));
        }

        return problems;
    }
}
