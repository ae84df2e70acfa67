using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Common;

/// <summary>
/// For a Get with a server-side filter (-ServiceAccountId, -Type) that a get-one request cannot carry: the id,
/// literal or pattern, is looked up in the filtered list instead, so the filter never widens the command.
/// </summary>
internal static class FilteredIds
{
    public static async IAsyncEnumerable<T> Matching<T>(IAsyncEnumerable<T> filtered, string? id, Func<T, string?> idOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        NamePattern pattern = NamePattern.From(id);
        await foreach (T item in filtered.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (pattern.Matches(idOf(item)))
            {
                yield return item;
            }
        }
    }
}
