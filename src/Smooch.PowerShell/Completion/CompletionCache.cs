using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Completion
{
    /// <summary>
    /// Ids fetched for tab completion, kept briefly per session and parent so repeated Tab presses do not call the
    /// API again. A fetch that fails or takes too long completes nothing rather than an error.
    /// </summary>
    internal static class CompletionCache
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
        public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(5);

        private static readonly ConcurrentDictionary<(object Session, string Key), Entry> Entries = new ConcurrentDictionary<(object Session, string Key), Entry>();

        public static IReadOnlyList<CompletionCandidate> Get(object session, string key, Func<CancellationToken, Task<IReadOnlyList<CompletionCandidate>>> fetch)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            if (Entries.TryGetValue((session, key), out Entry? cached) && now - cached.FetchedAt < Lifetime)
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

            Entries[(session, key)] = new Entry(now, candidates);
            return candidates;
        }

        internal static void Clear() => Entries.Clear();

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
}
