using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Common
{
    internal static class AsyncLists
    {
        /// <summary>The items of <paramref name="source"/> that pass <paramref name="keep"/>, mapped, as they arrive.</summary>
        public static async IAsyncEnumerable<TOut> Filter<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, bool> keep, Func<TIn, TOut> map, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (TIn item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (keep(item))
                {
                    yield return map(item);
                }
            }
        }

        /// <summary>One object fetched by id, as a list of zero (it does not pass <paramref name="keep"/>) or one.</summary>
        public static async IAsyncEnumerable<TOut> One<TIn, TOut>(Func<Task<TIn>> fetch, Func<TIn, bool> keep, Func<TIn, TOut> map)
        {
            TIn item = await fetch().ConfigureAwait(false);
            if (keep(item))
            {
                yield return map(item);
            }
        }

        public static async Task<IReadOnlyList<T>> CollectAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
        {
            var items = new List<T>();
            await foreach (T item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                items.Add(item);
            }

            return items;
        }
    }
}
