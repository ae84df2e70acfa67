using System;
using System.Globalization;

namespace Smooch.Client;

/// <summary>
/// One HTTP attempt: method, path, status, attempt number, elapsed time and outcome. By construction it holds no
/// header, body, query string, secret or token.
/// </summary>
public sealed class RequestLogEntry
{
    /// <summary>Records one attempt; the caller passes no header, body, query string or secret.</summary>
    public RequestLogEntry(string method, string path, int? statusCode, int attempt, TimeSpan elapsed, string outcome)
    {
        Method = method;
        Path = path;
        StatusCode = statusCode;
        Attempt = attempt;
        Elapsed = elapsed;
        Outcome = outcome;
    }

    /// <summary>"GET", "POST", ...</summary>
    public string Method { get; }

    /// <summary>The request path without its query string, such as "/v2/apps/a/keys".</summary>
    public string Path { get; }

    /// <summary>HTTP status, or null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>1 for the first attempt, 2 for the first retry, ...</summary>
    public int Attempt { get; }

    /// <summary>How long the attempt took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Short description, e.g. "OK", "retrying in 1.2 s (HTTP 503)", "failed (timeout)".</summary>
    public string Outcome { get; }

    /// <summary>One line: method, path, status, attempt, elapsed time and outcome.</summary>
    public override string ToString()
    {
        string status = StatusCode.HasValue ? StatusCode.Value.ToString(CultureInfo.InvariantCulture) : "no response";
        return string.Format(CultureInfo.InvariantCulture, "{0} {1} -> {2} (attempt {3}, {4:0} ms): {5}",
            Method, Path, status, Attempt, Elapsed.TotalMilliseconds, Outcome);
    }
}
