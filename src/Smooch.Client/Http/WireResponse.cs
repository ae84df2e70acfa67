namespace Smooch.Client.Http;

/// <summary>
/// One HTTP response as the pipeline needs it: the status, the body (whole, or what arrived before it broke off) and
/// the few headers classification reads. Built by <see cref="WireResponseReader"/>; the pipeline's own type, so no
/// RestSharp type reaches classification, retries or the families.
/// </summary>
internal sealed class WireResponse
{
    public WireResponse(int statusCode, byte[] body, bool bodyIncomplete, string? retryAfter, string? requestId, string? location)
    {
        StatusCode = statusCode;
        Body = body;
        BodyIncomplete = bodyIncomplete;
        RetryAfter = retryAfter;
        RequestId = requestId;
        Location = location;
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

    /// <summary>True when the connection broke while the body was arriving; <see cref="Body"/> holds what arrived.</summary>
    public bool BodyIncomplete { get; }

    public string? RetryAfter { get; }

    /// <summary>The first request-id header the server sent (several names are in use), or null.</summary>
    public string? RequestId { get; }

    /// <summary>The Location header of a redirect (3xx only), as the server sent it; null otherwise.</summary>
    public string? Location { get; }
}
