using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Http;

namespace Smooch.Client.Tests.Framework;

/// <summary>The handler's .NET Framework branches: array ReadAsync into a presized body, and header copying without NonValidated.</summary>
public class BodyCaptureHandlerTests
{
    private static readonly byte[] s_body = Encoding.UTF8.GetBytes("{\"key\":{\"id\":\"app_1\",\"secret\":\"s3cr3t\",\"displayName\":\"k\"}}");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Whole_body_is_kept_with_its_headers_and_a_recomputed_length(bool declaredLength)
    {
        HttpResponseMessage response = await SendAsync(s_body, declaredLength ? s_body.Length : (long?)null, breaks: false);

        var content = Assert.IsType<CapturedContent>(response.Content);
        Assert.Equal(s_body, content.Bytes);
        Assert.Equal(s_body.Length, content.Headers.ContentLength);
        Assert.Equal("application/json; charset=utf-8", content.Headers.ContentType.ToString());
        Assert.Equal(new[] { "en", "fr" }, content.Headers.ContentLanguage);
        Assert.False(content.Incomplete);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_that_breaks_off_keeps_what_arrived_and_is_marked_incomplete(bool declaredLength)
    {
        byte[] arrived = s_body.Take(30).ToArray();

        HttpResponseMessage response = await SendAsync(arrived, declaredLength ? s_body.Length : (long?)null, breaks: true);

        var content = Assert.IsType<CapturedContent>(response.Content);
        Assert.Equal(arrived, content.Bytes);
        Assert.True(content.Incomplete);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Body_that_ends_before_its_declared_length_is_marked_incomplete()
    {
        byte[] arrived = s_body.Take(30).ToArray();

        HttpResponseMessage response = await SendAsync(arrived, s_body.Length, breaks: false);

        var content = Assert.IsType<CapturedContent>(response.Content);
        Assert.Equal(arrived, content.Bytes);
        Assert.True(content.Incomplete);
    }

    [Fact]
    public async Task Response_without_content_passes_through()
    {
        using var invoker = new HttpMessageInvoker(new BodyCaptureHandler(new StubHandler(() => new HttpResponseMessage(HttpStatusCode.NoContent))));

        HttpResponseMessage response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "http://127.0.0.1/x"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(response.Content);
    }

    private static async Task<HttpResponseMessage> SendAsync(byte[] bytes, long? contentLength, bool breaks)
    {
        var handler = new BodyCaptureHandler(new StubHandler(() =>
        {
            var content = new StreamContent(new BodyStream(bytes, breaks));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
            content.Headers.ContentLanguage.Add("en");
            content.Headers.ContentLanguage.Add("fr");
            content.Headers.ContentLength = contentLength;
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = content };
        }));
        using var invoker = new HttpMessageInvoker(handler);
        return await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/v2/apps/a/keys"), CancellationToken.None);
    }
}
