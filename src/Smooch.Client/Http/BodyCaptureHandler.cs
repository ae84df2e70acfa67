using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Http
{
    /// <summary>
    /// Reads each response body inside the handler chain so that a body cut off mid-way is kept (with its status code)
    /// instead of being discarded: a create whose response breaks after the secret must not lose the secret.
    /// </summary>
    internal sealed class BodyCaptureHandler : DelegatingHandler
    {
        /// <summary>Internal marker header added to a response whose body broke off.</summary>
        public const string IncompleteMarker = "X-Smooch-Client-Body-Incomplete";

        private const int MaxPresize = 1024 * 1024;

        public BodyCaptureHandler(HttpMessageHandler inner)
            : base(inner)
        {
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            HttpContent? original = response.Content;
            if (original == null)
            {
                return response;
            }
            var buffer = NewBuffer(original.Headers.ContentLength);
            bool incomplete = false;
            try
            {
                using Stream stream = await original.ReadAsStreamAsync().ConfigureAwait(false);
                await stream.CopyToAsync(buffer, 16384, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is IOException || error is HttpRequestException || error is WebException || error is ObjectDisposedException)
            {
                incomplete = true;
            }
            // A body that filled the pre-sized buffer exactly is handed over as it is, without a copy.
            var captured = new CapturedContent(buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray());
            foreach (KeyValuePair<string, IEnumerable<string>> header in original.Headers)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    captured.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            original.Dispose();
            response.Content = captured;
            if (incomplete)
            {
                response.Headers.TryAddWithoutValidation(IncompleteMarker, "1");
            }
            return response;
        }

        /// <summary>Sized to a plausible Content-Length (never beyond <see cref="MaxPresize"/>, whatever a server claims).</summary>
        private static MemoryStream NewBuffer(long? contentLength)
        {
            return contentLength > 0 && contentLength <= MaxPresize ? new MemoryStream((int)contentLength.Value) : new MemoryStream();
        }
    }
}
