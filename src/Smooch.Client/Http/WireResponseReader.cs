using System;
#if !NET
using System.Collections.Generic;
#endif
using System.Net.Http;
using System.Net.Http.Headers;

namespace Smooch.Client.Http;

/// <summary>
/// Reads a <see cref="WireResponse"/> from the response message: status, the body <see cref="BodyCaptureHandler"/>
/// captured, and only the headers the pipeline uses. RestSharp's default reader copies each body through a fresh
/// buffer into a string and converts every header, which doubled the allocations of a call (bench: overhead).
/// </summary>
internal static class WireResponseReader
{
    private const string RetryAfterHeader = "Retry-After";
    private const string LocationHeader = "Location";
    private static readonly string[] s_requestIdHeaders = { "X-Request-Id", "X-Zendesk-Request-Id", "X-Client-Request-ID", "X-Amzn-RequestId" };

    public static WireResponse Read(HttpResponseMessage message)
    {
        int status = (int)message.StatusCode;
        HttpContent? content = message.Content;

        // BodyCaptureHandler has already read the body; reading it again through HttpContent would copy it once more.
        CapturedContent? captured = content as CapturedContent;
        byte[] body = captured?.Bytes ?? (content == null ? Array.Empty<byte>() : content.ReadAsByteArrayAsync().GetAwaiter().GetResult());

        return new WireResponse(
            status,
            body,
            captured?.Incomplete ?? false,
            Find(message, RetryAfterHeader),
            FindRequestId(message),
            status >= 300 && status < 400 ? Find(message, LocationHeader) : null);
    }

    private static string? FindRequestId(HttpResponseMessage message)
    {
        foreach (string name in s_requestIdHeaders)
        {
            string? value = Find(message, name);
            if (value != null)
            {
                return value;
            }
        }
        return null;
    }

    private static string? Find(HttpResponseMessage message, string name)
    {
        return Find(message.Headers, name) ?? (message.Content == null ? null : Find(message.Content.Headers, name));
    }

    /// <summary>The header's values joined with ", ", or null; on .NET without parsing them (most responses have none of these headers).</summary>
    private static string? Find(HttpHeaders headers, string name)
    {
#if NET
        return headers.NonValidated.TryGetValues(name, out HeaderStringValues values) ? values.ToString() : null;
#else
        return headers.TryGetValues(name, out IEnumerable<string>? values) ? string.Join(", ", values) : null;
#endif
    }
}
