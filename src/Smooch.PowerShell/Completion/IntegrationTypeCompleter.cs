using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Smooch.Client.Models;

namespace Smooch.PowerShell.Completion;

/// <summary>Completes -Type with the API's integration types; needs no session and sends nothing.</summary>
public sealed class IntegrationTypeCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        SmoochCompleter.Complete(IntegrationTypes.All.Select(type => new CompletionCandidate(type, null)), wordToComplete);
}
