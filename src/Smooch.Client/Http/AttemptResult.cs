using System;

namespace Smooch.Client.Http
{
    internal enum AttemptKind
    {
        /// <summary>A complete HTTP response arrived.</summary>
        Response,

        /// <summary>No response within the timeout; the server may have processed the request.</summary>
        Timeout,

        /// <summary>The connection could not be made; the request certainly did not reach the server.</summary>
        NotSent,

        /// <summary>The connection broke after sending started (dropped, reset, body cut off); outcome unknown.</summary>
        Uncertain,
    }

    /// <summary>The classified outcome of one HTTP attempt.</summary>
    internal sealed class AttemptResult
    {
        public AttemptResult(AttemptKind kind, int statusCode, byte[] body, string? retryAfter, string? requestId, Exception? error)
        {
            Kind = kind;
            StatusCode = statusCode;
            Body = body;
            RetryAfter = retryAfter;
            RequestId = requestId;
            Error = error;
        }

        public AttemptKind Kind { get; }

        /// <summary>HTTP status; 0 when none arrived. May be set for <see cref="AttemptKind.Uncertain"/> when the body was cut off.</summary>
        public int StatusCode { get; }

        public byte[] Body { get; }

        public string? RetryAfter { get; }

        public string? RequestId { get; }

        public Exception? Error { get; }

        public bool IsSuccess => Kind == AttemptKind.Response && StatusCode >= 200 && StatusCode < 300;
    }
}
