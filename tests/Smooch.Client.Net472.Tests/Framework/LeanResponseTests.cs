using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using RestSharp;
using Smooch.Client.Http;

namespace Smooch.Client.Tests.Framework
{
    /// <summary>The RestSharp response built from the message, with the .NET Framework header lookup (TryGetValues, values joined).</summary>
    public class LeanResponseTests
    {
        [Fact]
        public void Only_the_headers_classification_reads_are_copied_from_response_and_content_headers()
        {
            var message = new HttpResponseMessage((HttpStatusCode)429) { ReasonPhrase = "Too Many", Content = new CapturedContent(new byte[] { 1, 2 }) };
            message.Headers.TryAddWithoutValidation("Retry-After", "3");
            message.Headers.TryAddWithoutValidation("X-Request-Id", "req-1");
            message.Headers.TryAddWithoutValidation("Set-Cookie", "not=copied");
            message.Content.Headers.TryAddWithoutValidation(BodyCaptureHandler.IncompleteMarker, "1");

            RestResponse response = LeanResponse.Read(message, new RestRequest("x"));

            Assert.Equal(
                new[] { "X-Request-Id=req-1", "Retry-After=3", BodyCaptureHandler.IncompleteMarker + "=1" },
                response.Headers!.Select(h => h.Name + "=" + h.Value));
            Assert.Equal((HttpStatusCode)429, response.StatusCode);
            Assert.Equal("Too Many", response.StatusDescription);
            Assert.False(response.IsSuccessStatusCode);
            Assert.Equal(ResponseStatus.Completed, response.ResponseStatus);
        }

        [Fact]
        public void A_header_sent_twice_is_one_value_joined_with_a_comma()
        {
            var message = new HttpResponseMessage(HttpStatusCode.OK) { Content = new CapturedContent(Array.Empty<byte>()) };
            message.Headers.TryAddWithoutValidation("X-Request-Id", new[] { "a", "b" });

            RestResponse response = LeanResponse.Read(message, new RestRequest("x"));

            Assert.Equal("a, b", Assert.Single(response.Headers!).Value);
        }

        [Fact]
        public void Captured_body_is_handed_over_without_a_copy()
        {
            byte[] body = Encoding.UTF8.GetBytes("{\"ok\":true}");
            var message = new HttpResponseMessage(HttpStatusCode.OK) { Content = new CapturedContent(body) };

            RestResponse response = LeanResponse.Read(message, new RestRequest("x"));

            Assert.Same(body, response.RawBytes);
            Assert.True(response.IsSuccessStatusCode);
        }

        [Fact]
        public void Other_content_is_read_and_missing_content_is_an_empty_body()
        {
            var withText = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
            var without = new HttpResponseMessage(HttpStatusCode.NoContent) { Content = null };

            Assert.Equal(Encoding.UTF8.GetBytes("{}"), LeanResponse.Read(withText, new RestRequest("x")).RawBytes);
            Assert.Empty(LeanResponse.Read(without, new RestRequest("x")).RawBytes!);
        }
    }
}
