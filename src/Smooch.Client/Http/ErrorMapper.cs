using System;
using System.Globalization;
using System.Text;
using Smooch.Client.Validation;

namespace Smooch.Client.Http;

/// <summary>Builds the one exception type from a failed attempt. Messages hold no body, header or secret.</summary>
internal static class ErrorMapper
{
    public static SmoochErrorKind KindForStatus(int status)
    {
        switch (status)
        {
            case 401:
                return SmoochErrorKind.Unauthorized;
            case 403:
                return SmoochErrorKind.Forbidden;
            case 404:
                return SmoochErrorKind.NotFound;
            case 409:
                return SmoochErrorKind.Conflict;
            case 429:
                return SmoochErrorKind.RateLimited;
        }
        if (status >= 300 && status < 400)
        {
            return SmoochErrorKind.UnexpectedRedirect;
        }
        return status >= 500 ? SmoochErrorKind.ServerError : SmoochErrorKind.BadRequest;
    }

    /// <summary>
    /// Server text (error code and title, a redirect's Location, a transport error's message) reaches the exception
    /// only through <paramref name="redaction"/>: the session's own secrets removed exactly, then the token heuristics.
    /// </summary>
    public static SmoochApiException FromAttempt(ApiRequest request, AttemptResult result, int attempts, TimeSpan timeout, RedactionScope? redaction = null)
    {
        using var noSecrets = new RedactionScope();
        RedactionScope redact = redaction ?? noSecrets;
        string target = request.MethodName + " " + ShownPath.Of(request.Path);
        string tried = attempts > 1 ? string.Format(CultureInfo.InvariantCulture, " after {0} attempts", attempts) : string.Empty;
        switch (result.Kind)
        {
            case AttemptKind.Timeout:
                return new SmoochApiException(SmoochErrorKind.Timeout, request.MethodName, request.Path, 0, null, null, null,
                    string.Format(CultureInfo.InvariantCulture, "{0} timed out{1}: no response within {2:0.###} s.{3}", target, tried, timeout.TotalSeconds, MayHaveHappened(request)),
                    result.Error);
            case AttemptKind.NotSent:
                return new SmoochApiException(SmoochErrorKind.Connection, request.MethodName, request.Path, 0, null, null, null,
                    $"{target} failed{tried}: could not connect to the server ({Describe(result.Error, redact)}).",
                    result.Error);
            case AttemptKind.Uncertain when result.StatusCode >= 200 && result.StatusCode < 300:
                return new SmoochApiException(SmoochErrorKind.MalformedResponse, request.MethodName, request.Path, result.StatusCode, null, null, result.RequestId,
                    string.Format(CultureInfo.InvariantCulture, "{0} returned HTTP {1} but the response body was cut off.{2}", target, result.StatusCode, MayHaveHappened(request)),
                    result.Error);
            case AttemptKind.Uncertain:
                return new SmoochApiException(SmoochErrorKind.Connection, request.MethodName, request.Path, 0, null, null, null,
                    $"{target} failed{tried}: the connection was closed before a complete response arrived ({Describe(result.Error, redact)}).{MayHaveHappened(request)}",
                    result.Error);
        }
        if (result.StatusCode >= 300 && result.StatusCode < 400)
        {
            return new SmoochApiException(SmoochErrorKind.UnexpectedRedirect, request.MethodName, request.Path, result.StatusCode, null, null, result.RequestId,
                RedirectText.Describe(target, result, redact));
        }
        (string? code, string? title) = ErrorBody.Parse(result.Body);
        code = redact.Redact(code);
        title = redact.Redact(title);
        var message = new StringBuilder();
        message.Append(target).Append(" failed").Append(tried).Append(": HTTP ").Append(result.StatusCode.ToString(CultureInfo.InvariantCulture));
        if (code != null || title != null)
        {
            message.Append(" (");
            if (code != null)
            {
                message.Append(code);
            }
            if (code != null && title != null)
            {
                message.Append(": ");
            }
            if (title != null)
            {
                message.Append(title);
            }
            message.Append(')');
        }
        message.Append('.');
        if (result.RequestId != null)
        {
            message.Append(" Request id: ").Append(result.RequestId).Append('.');
        }
        return new SmoochApiException(KindForStatus(result.StatusCode), request.MethodName, request.Path, result.StatusCode, code, title, result.RequestId, message.ToString());
    }

    private static string MayHaveHappened(ApiRequest request)
    {
        return request.SafeToRepeat
            ? string.Empty
            : " The server may have completed the request; it was not repeated, so check whether the object was created before trying again.";
    }

    private static string Describe(Exception? error, RedactionScope redact)
    {
        Exception? innermost = error;
        while (innermost?.InnerException != null)
        {
            innermost = innermost.InnerException;
        }
        return innermost == null ? "no details" : innermost.GetType().Name + ": " + redact.Redact(innermost.Message);
    }
}
