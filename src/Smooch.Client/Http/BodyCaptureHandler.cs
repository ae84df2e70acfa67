using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Http;

/// <summary>
/// Reads each response body inside the handler chain so that a body cut off mid-way is kept (with its status code)
/// instead of being discarded: a create whose response breaks after the secret must not lose the secret.
/// </summary>
internal sealed class BodyCaptureHandler : DelegatingHandler
{
    private const int MaxPresize = 1024 * 1024;

    public BodyCaptureHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        HttpContent? original = response.Content;
        if (original == null)
        {
            return response;
        }
        (byte[] body, bool incomplete) = await ReadBodyAsync(original, cancellationToken).ConfigureAwait(false);
        var captured = new CapturedContent(body, incomplete);
        CopyHeadersExceptLength(original.Headers, captured.Headers);
        original.Dispose();
        response.Content = captured;
        return response;
    }

    /// <summary>The whole body, or the part that arrived before it broke off (then Incomplete is true).</summary>
    private static Task<(byte[] Body, bool Incomplete)> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        long? length = content.Headers.ContentLength;
        return length > 0 && length <= MaxPresize
            ? ReadDeclaredLengthAsync(content, (int)length.Value, cancellationToken)
            : ReadToEndAsync(content, cancellationToken);
    }

    /// <summary>
    /// Reads straight into an array of the declared size: no intermediate buffer, no copy, and no read past the last
    /// byte to find the end (a plausible Content-Length only, never beyond <see cref="MaxPresize"/>, whatever a server claims).
    /// </summary>
    private static async Task<(byte[] Body, bool Incomplete)> ReadDeclaredLengthAsync(HttpContent content, int length, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        int filled = 0;
        try
        {
            using Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            int read;
#if NET
            while (filled < length && (read = await stream.ReadAsync(body.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
#else
            while (filled < length && (read = await stream.ReadAsync(body, filled, length - filled, cancellationToken).ConfigureAwait(false)) > 0)
#endif
            {
                filled += read;
            }
        }
        catch (Exception error) when (IsBrokenBody(error))
        {
            // keep what arrived; the short length below marks it incomplete
        }
        if (filled == length)
        {
            return (body, false);
        }
        Array.Resize(ref body, filled);
        return (body, true);
    }

    private static async Task<(byte[] Body, bool Incomplete)> ReadToEndAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        try
        {
            using Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            await stream.CopyToAsync(buffer, 16384, cancellationToken).ConfigureAwait(false);
            return (buffer.ToArray(), false);
        }
        catch (Exception error) when (IsBrokenBody(error))
        {
            return (buffer.ToArray(), true);
        }
    }

    /// <summary>Content-Type and the like carry over; the new content computes its own length.</summary>
    private static void CopyHeadersExceptLength(HttpContentHeaders from, HttpContentHeaders to)
    {
#if NET
        foreach (KeyValuePair<string, HeaderStringValues> header in from.NonValidated)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                foreach (string value in header.Value)
                {
                    to.TryAddWithoutValidation(header.Key, value);
                }
            }
        }
#else
        foreach (KeyValuePair<string, IEnumerable<string>> header in from)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                to.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
#endif
    }

    private static bool IsBrokenBody(Exception error)
    {
        return error is IOException || error is HttpRequestException || error is WebException || error is ObjectDisposedException;
    }
}
