namespace Smooch.Emulator.Errors;

/// <summary>
/// Default code and message per situation. Sunshine v1.1 and v2 share one vocabulary (documented
/// "unauthorized" / "Authorization is required"); Organization has its own (docs/contract/README.md#errors).
/// </summary>
internal sealed class ErrorVocabulary
{
    private readonly string _unauthorized, _notFound, _rateLimitCode;

    private ErrorVocabulary(string unauthorized, string notFound, string rateLimitCode)
    {
        _unauthorized = unauthorized;
        _notFound = notFound;
        _rateLimitCode = rateLimitCode;
    }

    public static ErrorVocabulary Sunshine { get; } = new("Authorization is required", "Resource not found", "too_many_requests");
    public static ErrorVocabulary Organization { get; } = new("Unauthorized", "Not found", "rate_limited");

    public ApiError Describe(StandardError kind, string? detail, int status = 0) => kind switch
    {
        StandardError.BadRequest => new(400, "bad_request", detail ?? "Bad request"),
        StandardError.Unauthorized => new(401, "unauthorized", detail ?? _unauthorized),
        StandardError.Forbidden => new(403, "forbidden", detail ?? "Forbidden"),
        StandardError.NotFound => new(404, "not_found", detail ?? _notFound),
        StandardError.Conflict => new(409, "conflict", detail ?? "Conflict"),
        StandardError.PayloadTooLarge => new(413, "payload_too_large", detail ?? "Request body exceeds the 100 kB limit"),
        StandardError.RateLimited => new(status == 0 ? 429 : status, _rateLimitCode, detail ?? "Too many requests"),
        _ => ServerError(status == 0 ? 500 : status),
    };

    /// <summary>The body for an arbitrary error status (fault injection): the standard situation when one fits.</summary>
    public ApiError DescribeStatus(int status) => status switch
    {
        400 => Describe(StandardError.BadRequest, null),
        401 => Describe(StandardError.Unauthorized, null),
        403 => Describe(StandardError.Forbidden, null),
        404 => Describe(StandardError.NotFound, null),
        409 => Describe(StandardError.Conflict, null),
        413 => Describe(StandardError.PayloadTooLarge, null),
        429 => Describe(StandardError.RateLimited, null),
        < 500 => new(status, "client_error", "Client error"),
        _ => ServerError(status),
    };

    private static ApiError ServerError(int status) => status switch
    {
        502 => new(502, "bad_gateway", "Bad gateway"),
        503 => new(503, "service_unavailable", "Service unavailable"),
        504 => new(504, "gateway_timeout", "Gateway timeout"),
        _ => new(status, "internal_server_error", "Internal server error"),
    };
}
