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
    }
}
