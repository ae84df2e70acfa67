using System;
using System.Net;
using System.Net.Http;
using System.Text;
using Smooch.Client.Http;

namespace Smooch.Client.Tests.Framework;

/// <summary>The wire response read from the message, with the .NET Framework header lookup (TryGetValues, values joined).</summary>
public class WireResponseReaderTests
{
    [Fact]
    public void Only_the_headers_classification_reads_are_taken_from_response_and_content_headers()
    {
        var message = new HttpResponseMessage((HttpStatusCode)429) { ReasonPhrase = "Too Many", Content = new CapturedContent(new byte[] { 1, 2 }, incomplete: true) };
        message.Headers.TryAddWithoutValidation("Retry-After", "3");
        message.Content.Headers.TryAddWithoutValidation("X-Request-Id", "req-1");
        message.Headers.TryAddWithoutValidation("Set-Cookie", "not=copied");
        message.Headers.TryAddWithoutValidation("Location", "https://elsewhere.example/");

        WireResponse response = WireResponseReader.Read(message);

        Assert.Equal("req-1", response.RequestId);
        Assert.Equal("3", response.RetryAfter);
        Assert.True(response.BodyIncomplete);
        Assert.Null(response.Location); // read only for a redirect
        Assert.Equal(429, response.StatusCode);
    }

    [Fact]
    public void A_header_sent_twice_is_one_value_joined_with_a_comma()
    {
        var message = new HttpResponseMessage(HttpStatusCode.OK) { Content = new CapturedContent(Array.Empty<byte>(), incomplete: false) };
        message.Headers.TryAddWithoutValidation("X-Request-Id", new[] { "a", "b" });

        WireResponse response = WireResponseReader.Read(message);

        Assert.Equal("a, b", response.RequestId);
        Assert.False(response.BodyIncomplete);
    }

    [Fact]
    public void Location_of_a_redirect_is_kept()
    {
        var message = new HttpResponseMessage(HttpStatusCode.Found) { Content = new CapturedContent(Array.Empty<byte>(), incomplete: false) };
        message.Headers.TryAddWithoutValidation("Location", "https://elsewhere.example/v2?x=1");

        Assert.Equal("https://elsewhere.example/v2?x=1", WireResponseReader.Read(message).Location);
    }

    [Fact]
    public void Captured_body_is_handed_over_without_a_copy()
    {
        byte[] body = Encoding.UTF8.GetBytes("{\"ok\":true}");
        var message = new HttpResponseMessage(HttpStatusCode.OK) { Content = new CapturedContent(body, incomplete: false) };

        WireResponse response = WireResponseReader.Read(message);

        Assert.Same(body, response.Body);
        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public void Other_content_is_read_and_missing_content_is_an_empty_body()
    {
        var withText = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
        var without = new HttpResponseMessage(HttpStatusCode.NoContent) { Content = null };

        Assert.Equal(Encoding.UTF8.GetBytes("{}"), WireResponseReader.Read(withText).Body);
        Assert.Empty(WireResponseReader.Read(without).Body);
    }
}
