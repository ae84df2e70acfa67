namespace Smooch.Client.Http;

/// <summary>A successful (2xx) response: status and raw body bytes, plus what is needed to describe a parse failure.</summary>
internal sealed class ApiResponse
{
    public ApiResponse(ApiRequest request, int statusCode, byte[] body, string? requestId, bool incomplete)
    {
        Request = request;
        StatusCode = statusCode;
        Body = body;
        RequestId = requestId;
        Incomplete = incomplete;
    }

    public ApiRequest Request { get; }

    public int StatusCode { get; }

    public byte[] Body { get; }

    public string? RequestId { get; }

    /// <summary>True when the connection broke while the (2xx) body was arriving; <see cref="Body"/> holds what arrived.</summary>
    public bool Incomplete { get; }
}
