namespace Smooch.Client;

/// <summary>What went wrong with a request, independent of the API family.</summary>
public enum SmoochErrorKind
{
    /// <summary>The server refused the request as invalid (400, 422 and other 4xx not listed here).</summary>
    BadRequest,

    /// <summary>The credentials were refused (401).</summary>
    Unauthorized,

    /// <summary>The credentials may not do this (403).</summary>
    Forbidden,

    /// <summary>The object or its parent does not exist (404).</summary>
    NotFound,

    /// <summary>The request conflicts with the object's state (409).</summary>
    Conflict,

    /// <summary>Too many requests (429), after the retries allowed.</summary>
    RateLimited,

    /// <summary>The server failed (5xx), after the retries allowed.</summary>
    ServerError,

    /// <summary>No complete response: the connection could not be made or broke off.</summary>
    Connection,

    /// <summary>No response within the time limit.</summary>
    Timeout,

    /// <summary>The response was not what the API promises (unreadable JSON, a missing field, a body cut off).</summary>
    MalformedResponse,

    /// <summary>The server answered with a redirect (3xx); redirects are never followed, so credentials stay with the configured host.</summary>
    UnexpectedRedirect,
}
