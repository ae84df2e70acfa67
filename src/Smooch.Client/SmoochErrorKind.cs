namespace Smooch.Client
{
    /// <summary>What went wrong with a request, independent of the API family.</summary>
    public enum SmoochErrorKind
    {
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        Conflict,
        RateLimited,
        ServerError,
        Connection,
        Timeout,
        MalformedResponse,

        /// <summary>The server answered with a redirect (3xx); redirects are never followed, so credentials stay with the configured host.</summary>
        UnexpectedRedirect,
    }
}
