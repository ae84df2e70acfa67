using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Http;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Framework;

/// <summary>
/// Each kind of attempt outcome produced by the .NET Framework HTTP stack for real (its exceptions differ from
/// .NET's: no HttpRequestError, WebException inside), then classified. Whether an outcome is retried follows from
/// the kind; the linked RetryTests and TransportBehaviourTests check that through the emulator's journal.
/// </summary>
public class AttemptClassificationTests
{
    private const string CreatedBody = "{\"key\":{\"id\":\"app_1\",\"displayName\":\"k\",\"secret\":\"s3cr3t\"}}";

    [Fact]
    public async Task Refused_connection_certainly_did_not_reach_the_server()
    {
        AttemptResult result = await AttemptAsync(ClosedPortAddress());

        Assert.Equal(AttemptKind.NotSent, result.Kind);
        Assert.Equal(0, result.StatusCode);
        Assert.False(result.MayHaveBeenProcessed);
    }

    [Fact]
    public async Task Connection_dropped_after_the_request_is_uncertain()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Drop = true });

        AttemptResult result = await AttemptAsync(server.BaseAddress);

        Assert.Equal(AttemptKind.Uncertain, result.Kind);
        Assert.Equal(0, result.StatusCode);
        Assert.True(result.MayHaveBeenProcessed);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Body_cut_off_keeps_status_and_partial_body_and_is_uncertain()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Status = 201, Body = CreatedBody, TruncateAt = 20 });

        AttemptResult result = await AttemptAsync(server.BaseAddress);

        Assert.Equal(AttemptKind.Uncertain, result.Kind);
        Assert.Equal(201, result.StatusCode);
        Assert.Equal(CreatedBody.Substring(0, 20), Encoding.UTF8.GetString(result.Body));
        Assert.Equal("HTTP 201, body cut off", result.Describe());
    }

    [Fact]
    public async Task No_answer_within_the_timeout_is_a_timeout()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Delay = TimeSpan.FromSeconds(5), Status = 201, Body = CreatedBody });

        AttemptResult result = await AttemptAsync(server.BaseAddress, TimeSpan.FromMilliseconds(300));

        Assert.Equal(AttemptKind.Timeout, result.Kind);
        Assert.True(result.MayHaveBeenProcessed);
    }

    [Fact]
    public async Task Complete_error_response_keeps_retry_after_and_request_id()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(503, "{\"error\":{}}").WithHeader("Retry-After", "2").WithHeader("X-Zendesk-Request-Id", "zd-1"));

        AttemptResult result = await AttemptAsync(server.BaseAddress);

        Assert.Equal(AttemptKind.Response, result.Kind);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal("2", result.RetryAfter);
        Assert.Equal("zd-1", result.RequestId);
        Assert.Equal("{\"error\":{}}", Encoding.UTF8.GetString(result.Body));
    }

    [Fact]
    public async Task Complete_created_response_is_a_success()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(201, CreatedBody).WithHeader("X-Request-Id", "r-1"));

        AttemptResult result = await AttemptAsync(server.BaseAddress);

        Assert.True(result.IsSuccess);
        Assert.Equal(CreatedBody, Encoding.UTF8.GetString(result.Body));
        Assert.Equal("r-1", result.RequestId);
    }

    [Theory]
    [InlineData(WebExceptionStatus.ConnectFailure, true)]
    [InlineData(WebExceptionStatus.NameResolutionFailure, true)]
    [InlineData(WebExceptionStatus.ReceiveFailure, false)]
    [InlineData(WebExceptionStatus.SendFailure, false)]
    [InlineData(WebExceptionStatus.ConnectionClosed, false)]
    [InlineData(WebExceptionStatus.KeepAliveFailure, false)]
    [InlineData(WebExceptionStatus.RequestCanceled, false)]
    public void Web_exception_inside_an_http_request_exception_is_not_sent_only_for_connect_and_name_failures(WebExceptionStatus status, bool notSent)
    {
        var error = new HttpRequestException("An error occurred while sending the request.", new WebException("failed", status));

        Assert.Equal(notSent, AttemptClassifier.CertainlyNotSent(error));
    }

    [Theory]
    [InlineData(SocketError.ConnectionRefused, true)]
    [InlineData(SocketError.HostNotFound, true)]
    [InlineData(SocketError.NetworkUnreachable, true)]
    [InlineData(SocketError.ConnectionReset, false)]
    [InlineData(SocketError.TimedOut, false)]
    [InlineData(SocketError.Shutdown, false)]
    public void Socket_error_deep_inside_counts_by_its_code(SocketError code, bool notSent)
    {
        var error = new HttpRequestException("outer", new WebException("middle", new SocketException((int)code), WebExceptionStatus.UnknownError, null));

        Assert.Equal(notSent, AttemptClassifier.CertainlyNotSent(error));
    }

    [Fact]
    public void An_http_request_exception_alone_may_have_reached_the_server()
    {
        Assert.False(AttemptClassifier.CertainlyNotSent(new HttpRequestException("Error while copying content to a stream.")));
        Assert.False(AttemptClassifier.CertainlyNotSent(null));
    }

    /// <summary>One POST attempt through the session's real transport (handler chain, wire response), classified.</summary>
    private static async Task<AttemptResult> AttemptAsync(Uri baseAddress, TimeSpan? timeout = null)
    {
        var options = new SmoochSessionOptions { BaseAddress = baseAddress, Authenticator = new BasicKeyAuthenticator("act_1", Unit.Secrets.Secure("s")) };
        using var transport = new RestTransport(options, baseAddress, "xunit");
        var request = new ApiRequest(ApiMethod.Post, "/v2/apps/a/keys", SmoochApi.Sunshine) { JsonBody = "{\"displayName\":\"k\"}" };
        return await transport.SendAsync(request, "Basic eDp5", timeout ?? TimeSpan.FromSeconds(10), CancellationToken.None);
    }

    private static Uri ClosedPortAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri("http://127.0.0.1:" + port + "/");
    }
}
