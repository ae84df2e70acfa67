using System;
using System.Net;
#if NET8_0_OR_GREATER
using System.Net.Http;
#endif
using System.Net.Sockets;

namespace Smooch.Client.Http;

/// <summary>Turns the outcome of one attempt into an <see cref="AttemptResult"/>, deciding whether the request could have reached the server.</summary>
internal static class AttemptClassifier
{
    /// <summary>A response arrived: complete, or with its body cut off (then the server may have done the work).</summary>
    public static AttemptResult Classify(WireResponse response)
    {
        return response.BodyIncomplete
            ? new AttemptResult(AttemptKind.Uncertain, response.StatusCode, response.Body, response.RetryAfter, response.RequestId, null)
            : new AttemptResult(AttemptKind.Response, response.StatusCode, response.Body, response.RetryAfter, response.RequestId, null, response.Location);
    }

    /// <summary>No response arrived: the attempt timed out, or failed with <paramref name="error"/>.</summary>
    public static AttemptResult Failed(bool timedOut, Exception? error)
    {
        if (timedOut)
        {
            return new AttemptResult(AttemptKind.Timeout, 0, Array.Empty<byte>(), null, null, error);
        }
        return new AttemptResult(CertainlyNotSent(error) ? AttemptKind.NotSent : AttemptKind.Uncertain, 0, Array.Empty<byte>(), null, null, error);
    }

    /// <summary>True only for failures that happen before any byte of the request is written (connect, DNS).</summary>
    internal static bool CertainlyNotSent(Exception? error)
    {
        for (Exception? current = error; current != null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                switch (socket.SocketErrorCode)
                {
                    case SocketError.ConnectionRefused:
                    case SocketError.HostNotFound:
                    case SocketError.TryAgain:
                    case SocketError.NoData:
                    case SocketError.HostUnreachable:
                    case SocketError.NetworkUnreachable:
                    case SocketError.AddressNotAvailable:
                        return true;
                }
            }
            if (current is WebException web && (web.Status == WebExceptionStatus.ConnectFailure || web.Status == WebExceptionStatus.NameResolutionFailure))
            {
                return true;
            }
#if NET8_0_OR_GREATER
            if (current is HttpRequestException http
                && (http.HttpRequestError == HttpRequestError.NameResolutionError || http.HttpRequestError == HttpRequestError.ConnectionError)
                && FindSocketError(http) != SocketError.ConnectionReset)
            {
                return true;
            }
#endif
        }
        return false;
    }

#if NET8_0_OR_GREATER
    private static SocketError? FindSocketError(Exception error)
    {
        for (Exception? current = error; current != null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }
        return null;
    }
#endif
}
