using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Common
{
    internal static class AsyncLists
    {
        /// <summary>Collects the items of <paramref name="source"/> that pass <paramref name="keep"/>, mapped.</summary>
        public static async Task<IReadOnlyList<TOut>> CollectAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, bool> keep, Func<TIn, TOut> map, CancellationToken cancellationToken)
        {
            var items = new List<TOut>();
            await foreach (TIn item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (keep(item))
                {
                    items.Add(map(item));
                }
            }

            return items;
        }

        /// <summary>One object fetched by id, as a list (empty when it does not pass <paramref name="keep"/>).</summary>
        public static async Task<IReadOnlyList<TOut>> OneAsync<TIn, TOut>(Task<TIn> fetch, Func<TIn, bool> keep, Func<TIn, TOut> map)
        {
            TIn item = await fetch.ConfigureAwait(false);
            return keep(item) ? new[] { map(item) } : Array.Empty<TOut>();
        }
    }
}
