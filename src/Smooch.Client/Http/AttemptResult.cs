using System;
using System.Globalization;

namespace Smooch.Client.Http;

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
    public AttemptResult(AttemptKind kind, int statusCode, byte[] body, string? retryAfter, string? requestId, Exception? error, string? location = null)
    {
        Location = location;
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

    /// <summary>The Location header of a redirect, as the server sent it (may hold a query or credentials; never shown unredacted).</summary>
    public string? Location { get; }

    public bool IsSuccess => Kind == AttemptKind.Response && StatusCode >= 200 && StatusCode < 300;

    /// <summary>True when the server may have carried out the request even though it did not report success.</summary>
    public bool MayHaveBeenProcessed =>
        Kind == AttemptKind.Timeout || Kind == AttemptKind.Uncertain || (Kind == AttemptKind.Response && StatusCode >= 500);

    /// <summary>Short text for logs, e.g. 'timeout' or 'HTTP 503'.</summary>
    public string Describe()
    {
        switch (Kind)
        {
            case AttemptKind.Timeout:
                return "timeout";
            case AttemptKind.NotSent:
                return "could not connect";
            case AttemptKind.Uncertain:
                return StatusCode == 0 ? "connection closed" : "HTTP " + StatusCode.ToString(CultureInfo.InvariantCulture) + ", body cut off";
            default:
                return "HTTP " + StatusCode.ToString(CultureInfo.InvariantCulture);
        }
    }
}
