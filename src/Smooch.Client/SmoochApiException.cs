using System;

namespace Smooch.Client;

/// <summary>
/// A request that failed after the client's retries. Carries the status, the API's error code and title, the method
/// and path; never the request or response body, headers or any secret.
/// </summary>
public sealed class SmoochApiException : Exception
{
    /// <summary>Made by the client for a failed call; <paramref name="message"/> must already be free of bodies, headers and secrets.</summary>
    public SmoochApiException(
        SmoochErrorKind kind,
        string method,
        string path,
        int statusCode,
        string? errorCode,
        string? errorTitle,
        string? requestId,
        string message,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Method = method;
        Path = path;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorTitle = errorTitle;
        RequestId = requestId;
    }

    /// <summary>The category of failure.</summary>
    public SmoochErrorKind Kind { get; }

    /// <summary>HTTP status code; 0 when no response arrived.</summary>
    public int StatusCode { get; }

    /// <summary>The API's error code (e.g. "app_not_found"), when the body carried one.</summary>
    public string? ErrorCode { get; }

    /// <summary>The API's human-readable error title/description, when the body carried one.</summary>
    public string? ErrorTitle { get; }

    /// <summary>HTTP method of the failed request.</summary>
    public string Method { get; }

    /// <summary>Path of the failed request (no host, no query).</summary>
    public string Path { get; }

    /// <summary>The server's request id header, when present.</summary>
    public string? RequestId { get; }

    /// <summary>
    /// The id of the object a create made although its response was damaged, when the id was readable (also in
    /// Data["CreatedId"]); null otherwise.
    /// </summary>
    public string? CreatedId { get; internal set; }
}
