using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using RestSharp;

namespace Smooch.Client.Http
{
    /// <summary>
    /// Builds the RestSharp response from what the pipeline reads: status, body bytes and the few headers
    /// <see cref="AttemptClassifier"/> looks at. RestSharp's default reader copies each body through a fresh
    /// buffer into a string and converts every header, which doubled the allocations of a call (bench: overhead).
    /// </summary>
    internal static class LeanResponse
    {
        public static RestResponse Read(HttpResponseMessage message, RestRequest request)
        {
            var headers = new List<HeaderParameter>(1);
            foreach (string name in AttemptClassifier.HeadersRead)
            {
                string? value = Find(message.Headers, name) ?? (message.Content == null ? null : Find(message.Content.Headers, name));
                if (value != null)
                {
                    headers.Add(new HeaderParameter(name, value));
                }
            }

            // BodyCaptureHandler has already read the body; reading it again through HttpContent would copy it once more.
            byte[] body = message.Content switch
            {
                null => Array.Empty<byte>(),
                CapturedContent captured => captured.Bytes,
                HttpContent other => other.ReadAsByteArrayAsync().GetAwaiter().GetResult(),
            };

            return new RestResponse(request)
            {
                StatusCode = message.StatusCode,
                StatusDescription = message.ReasonPhrase,
                IsSuccessStatusCode = message.IsSuccessStatusCode,
                ResponseStatus = ResponseStatus.Completed,
                RawBytes = body,
                Headers = headers,
                ResponseUri = message.RequestMessage?.RequestUri,
            };
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
}
