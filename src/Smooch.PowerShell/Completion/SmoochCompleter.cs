using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Completion;

/// <summary>
/// Completes an id parameter from the current default session of the command's API; completes nothing (and
/// sends nothing) when that session does not exist or a parent id it needs is not typed yet.
/// </summary>
public abstract class SmoochCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var context = new CompletionContext(commandName, fakeBoundParameters);
        Session? session = context.ExplicitSession ?? SessionRegistry.Get(context.Api);
        IReadOnlyList<CompletionCandidate> candidates = session is null || !session.IsConnected || session.Api != context.Api
            ? Array.Empty<CompletionCandidate>()
            : Candidates(session.Client, context);
        return Complete(candidates, wordToComplete);
    }

    internal abstract IReadOnlyList<CompletionCandidate> Candidates(SmoochSession session, CompletionContext context);

    internal static IEnumerable<CompletionResult> Complete(IEnumerable<CompletionCandidate> candidates, string? wordToComplete)
    {
        string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        var pattern = WildcardPattern.Get(WildcardPattern.Escape(typed) + "*", WildcardOptions.IgnoreCase);
        return candidates
            .Where(c => pattern.IsMatch(c.Id))
            .Select(c => new CompletionResult(c.Id, c.Id, CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.Name) ? c.Id : $"{c.Id} ({c.Name})"))
            .ToList();
    }

    /// <summary>Fetches (or reuses for a short while) the candidates of one list call.</summary>
    internal static IReadOnlyList<CompletionCandidate> Cached<T>(SmoochSession session, string key, Func<CancellationToken, IAsyncEnumerable<T>> list, Func<T, CompletionCandidate?> candidate) =>
        CompletionCache.Get(session, key, async ct =>
        {
            var found = new List<CompletionCandidate>();
            await foreach (T item in list(ct).WithCancellation(ct).ConfigureAwait(false))
            {
                CompletionCandidate? one = candidate(item);
                if (one is not null)
                {
                    found.Add(one);
                }
            }

            return found;
        });
}

/// <summary>What the user has typed so far on the command line.</summary>
internal sealed class CompletionContext
{
    private readonly IDictionary _bound;

    public CompletionContext(string commandName, IDictionary bound)
    {
        CommandName = commandName ?? string.Empty;
        _bound = bound;
    }

    public string CommandName { get; }

    /// <summary>The API the command declares with [SmoochApi]; Sunshine for a command of no API.</summary>
    public SmoochApi Api => SmoochApiAttribute.OfCommand(CommandName) ?? SmoochApi.Sunshine;

    public Session? ExplicitSession => Unwrap(_bound["Session"]) as Session;

    public string? Value(string parameterName)
    {
        object? value = Unwrap(_bound[parameterName]);
        if (value is IEnumerable many && value is not string)
        {
            value = many.Cast<object?>().Select(Unwrap).FirstOrDefault();
        }

        string? text = value?.ToString();
        return string.IsNullOrWhiteSpace(text) || WildcardPattern.ContainsWildcardCharacters(text) ? null : text;
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
