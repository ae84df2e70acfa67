using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Tests.Support;

internal static class AsyncEnumerableExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (T item in source)
        {
            list.Add(item);
        }
        return list;
    }

    /// <summary>The whole stream as one list, as a Task (an operation of OrderedConcurrency.RunAsync).</summary>
    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (T item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }
        return list;
    }
}
