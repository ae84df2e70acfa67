using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using RestSharp;

namespace Smooch.Client.Http
{
    /// <summary>Turns a RestSharp response into an <see cref="AttemptResult"/>, deciding whether the request could have reached the server.</summary>
    internal static class AttemptClassifier
    {
        private const string RetryAfterHeader = "Retry-After";
        private const string LocationHeader = "Location";
        private static readonly string[] RequestIdHeaders = { "X-Request-Id", "X-Zendesk-Request-Id", "X-Client-Request-ID", "X-Amzn-RequestId" };

        /// <summary>The only response headers classification reads; <see cref="LeanResponse"/> copies just these.</summary>
        internal static readonly string[] HeadersRead =
            RequestIdHeaders.Concat(new[] { RetryAfterHeader, LocationHeader, BodyCaptureHandler.IncompleteMarker }).ToArray();

        public static AttemptResult Classify(RestResponse response)
        {
            int status = (int)response.StatusCode;
            byte[] body = response.RawBytes ?? Array.Empty<byte>();
            string? retryAfter = FindHeader(response, RetryAfterHeader);
            string? requestId = FindRequestId(response);

            switch (response.ResponseStatus)
            {
                case ResponseStatus.Completed when status > 0 && FindHeader(response, BodyCaptureHandler.IncompleteMarker) != null:
                    return new AttemptResult(AttemptKind.Uncertain, status, body, retryAfter, requestId, null);
                case ResponseStatus.Completed when status > 0:
                    return new AttemptResult(AttemptKind.Response, status, body, retryAfter, requestId, null,
                        status >= 300 && status < 400 ? FindHeader(response, LocationHeader) : null);
                case ResponseStatus.TimedOut:
                    return new AttemptResult(AttemptKind.Timeout, 0, body, null, null, response.ErrorException);
                default:
                    AttemptKind kind = status == 0 && CertainlyNotSent(response.ErrorException) ? AttemptKind.NotSent : AttemptKind.Uncertain;
                    return new AttemptResult(kind, status, body, retryAfter, requestId, response.ErrorException);
            }
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

        private static string? FindRequestId(RestResponse response)
        {
            foreach (string name in RequestIdHeaders)
            {
                string? value = FindHeader(response, name);
                if (value != null)
                {
                    return value;
                }
            }
            return null;
        }

        private static string? FindHeader(RestResponse response, string name)
        {
            if (response.Headers == null)
            {
                return null;
            }
            foreach (HeaderParameter header in response.Headers)
            {
                if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase) && header.Value != null)
                {
                    return header.Value.ToString();
                }
            }
            return null;
        }
    }
}
