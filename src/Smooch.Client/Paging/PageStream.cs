using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Paging;

/// <summary>
/// Turns a page fetcher into an async stream: the next page is requested only when the consumer has taken every
/// item of the current one, so memory holds one page at a time and the first item arrives after one request.
/// </summary>
internal static class PageStream
{
    public static async IAsyncEnumerable<T> EnumerateAsync<T>(
        string path,
        Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? position = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Page<T> page = await fetchPage(position, cancellationToken).ConfigureAwait(false);
            foreach (T item in page.Items)
            {
                yield return item;
            }
            if (page.Next == null || page.Items.Count == 0)
            {
                yield break;
            }
            if (page.Next == position)
            {
                throw new SmoochApiException(SmoochErrorKind.MalformedResponse, "GET", path, 200, null, null, null,
                    "GET " + path + " returned the same page position twice; stopping to avoid an endless listing.");
            }
            position = page.Next;
        }
    }
}
