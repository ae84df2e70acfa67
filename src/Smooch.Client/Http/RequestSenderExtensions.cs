using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Json;
using Smooch.Client.Paging;

namespace Smooch.Client.Http;

/// <summary>The few shapes every family call takes: send and parse, send and ignore the body, stream a list.</summary>
internal static class RequestSenderExtensions
{
    public static async Task<TResult> SendAsync<TWire, TResult>(this RequestSender sender, ApiRequest request, Func<TWire, ApiResponse, TResult> map, CancellationToken cancellationToken)
        where TWire : class
    {
        ApiResponse response = await sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return map(JsonBody.Read<TWire>(response), response);
    }

    /// <summary>For deletes: any 2xx with any (or no) body is success.</summary>
    public static async Task SendIgnoringBodyAsync(this RequestSender sender, ApiRequest request, CancellationToken cancellationToken)
    {
        await sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An unpaginated list exposed as a stream like the paginated ones; the request is sent on first MoveNextAsync.</summary>
    public static IAsyncEnumerable<TResult> StreamSinglePage<TWire, TResult>(this RequestSender sender, ApiRequest request, Func<TWire, ApiResponse, IEnumerable<TResult>> map, CancellationToken cancellationToken)
        where TWire : class
    {
        return PageStream.EnumerateAsync<TResult>(request.Path, async (position, token) =>
        {
            ApiResponse response = await sender.SendAsync(request, token).ConfigureAwait(false);
            return new Page<TResult>(map(JsonBody.Read<TWire>(response), response).ToList(), null);
        }, cancellationToken);
    }
}
