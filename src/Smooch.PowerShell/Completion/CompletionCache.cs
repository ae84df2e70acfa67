using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Completion;

/// <summary>
/// Ids fetched for tab completion, kept briefly per session and parent so repeated Tab presses do not call the
/// API again. A fetch that fails or takes too long completes nothing rather than an error.
/// </summary>
internal static class CompletionCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(5);

    // Per session (weakly, so a closed and dropped session takes its entries with it), then per list.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Entry>> s_entries = new ConditionalWeakTable<object, ConcurrentDictionary<string, Entry>>();

    public static IReadOnlyList<CompletionCandidate> Get(object session, string key, Func<CancellationToken, Task<IReadOnlyList<CompletionCandidate>>> fetch)
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        ConcurrentDictionary<string, Entry> entries = s_entries.GetValue(session, _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));
        if (entries.TryGetValue(key, out Entry? cached) && now - cached.FetchedAt < Lifetime)
        {
            return cached.Candidates;
        }

        IReadOnlyList<CompletionCandidate> candidates;
        try
        {
            using var timeout = new CancellationTokenSource(FetchTimeout);
            candidates = fetch(timeout.Token).GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // Completion is a hint: an unreachable API or a bad parent id just means no suggestions.
            return Array.Empty<CompletionCandidate>();
        }

        entries[key] = new Entry(now, candidates);
        return candidates;
    }

    private sealed class Entry
    {
        public Entry(DateTimeOffset fetchedAt, IReadOnlyList<CompletionCandidate> candidates)
        {
            FetchedAt = fetchedAt;
            Candidates = candidates;
        }

        public DateTimeOffset FetchedAt { get; }

        public IReadOnlyList<CompletionCandidate> Candidates { get; }
    }
}

/// <summary>An id with the name shown as its tooltip.</summary>
internal sealed class CompletionCandidate
{
    public CompletionCandidate(string id, string? name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; }

    public string? Name { get; }
}
