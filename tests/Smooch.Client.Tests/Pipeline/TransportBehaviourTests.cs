using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Pipeline;

/// <summary>Exact transport faults from a raw-socket server: what reaches the wire and what the pipeline decides.</summary>
public class TransportBehaviourTests
{
    private const string AppId = "5d8cff3cd55b040010928b5b";
    private const string CreatedBody = "{\"key\":{\"id\":\"app_67a0e949f0305f4a391e9d97\",\"displayName\":\"k\",\"secret\":\"" + Unit.Secrets.Sample + "\"}}";

    [Fact]
    public async Task Request_carries_basic_auth_user_agent_accept_and_json_body()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(201, CreatedBody));
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        await session.AppKeys.CreateAsync(AppId, "k");

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v2/apps/" + AppId + "/keys", request.Target);
        string expectedAuth = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Sessions.KeyId + ":" + Unit.Secrets.Sample));
        Assert.Equal(expectedAuth, request.Headers["Authorization"]);
        Assert.StartsWith("Smooch-PowerShell/" + SmoochClientInfo.Version + " (xunit; ", request.Headers["User-Agent"]);
        Assert.Equal(session.UserAgentText, request.Headers["User-Agent"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal("{\"displayName\":\"k\"}", request.Body);
    }

    [Fact]
    public async Task Each_header_is_sent_once_on_every_request_of_a_session()
    {
        await using var server = new ScriptedServer();
        server.Default = Reply.Json(200, "{\"key\":{\"id\":\"app_1\",\"displayName\":\"one\"}}");
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        for (int i = 0; i < 3; i++)
        {
            await session.AppKeys.GetAsync(AppId, "app_1");
        }

        Assert.Equal(3, server.Requests.Count);
        foreach (RecordedRequest request in server.Requests)
        {
            var repeated = request.HeaderNames.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key);
            Assert.Empty(repeated);
            Assert.Equal(new[] { "Accept", "Authorization", "User-Agent" }, request.HeaderNames.Where(name => name is "Accept" or "Authorization" or "User-Agent").OrderBy(name => name, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Chunked_body_without_a_length_is_read_whole()
    {
        await using var server = new ScriptedServer();
        string body = "{\"keys\":[{\"id\":\"app_1\",\"displayName\":\"one\"},{\"id\":\"app_2\",\"displayName\":\"two\"}]}";
        server.Enqueue(new Reply { Status = 200, Body = body, Chunked = true });
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var keys = await session.AppKeys.ListAsync(AppId).ToListAsync();

        Assert.Equal(new[] { "app_1", "app_2" }, keys.Select(key => key.KeyId));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Gzip_body_is_decompressed_and_read_whole()
    {
        await using var server = new ScriptedServer();
        string body = "{\"keys\":[" + string.Join(",", Enumerable.Range(1, 50).Select(i => "{\"id\":\"app_" + i + "\",\"displayName\":\"key " + i + "\"}")) + "]}";
        server.Enqueue(new Reply { Status = 200, Body = body, Gzip = true });
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var keys = await session.AppKeys.ListAsync(AppId).ToListAsync();

        Assert.Equal(50, keys.Count);
        Assert.Equal("key 50", keys[49].DisplayName);
        Assert.Contains("gzip", server.Requests.Single().Headers["Accept-Encoding"]);
    }

    [Fact]
    public async Task Chunked_create_cut_off_after_the_secret_still_returns_the_secret()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Status = 201, Body = CreatedBody, Chunked = true, TruncateAt = CreatedBody.Length - 2 });
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        CreatedAppKey created = await session.AppKeys.CreateAsync(AppId, "k");

        Assert.True(created.ResponseIncomplete);
        Assert.Equal(Unit.Secrets.Sample.Length, created.Secret.Length);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Get_is_retried_after_a_dropped_connection()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Drop = true }, Reply.Json(200, "{\"keys\":[]}"));
        var log = new CapturingLog();
        using SmoochSession session = Sessions.Basic(server.BaseAddress, log);

        var keys = await session.AppKeys.ListAsync(AppId).ToListAsync();

        Assert.Empty(keys);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("OK", log.Entries.Last().Outcome);
    }

    [Fact]
    public async Task Post_is_not_retried_after_a_dropped_connection()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Drop = true }, Reply.Json(201, CreatedBody));
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync(AppId, "k"));

        Assert.Equal(SmoochErrorKind.Connection, error.Kind);
        Assert.Contains("may have completed", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Post_is_not_retried_after_a_timeout_and_the_error_says_timeout()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Delay = TimeSpan.FromSeconds(5), Status = 201, Body = CreatedBody }, Reply.Json(201, CreatedBody));
        using SmoochSession session = Sessions.Basic(server.BaseAddress, timeout: TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync(AppId, "k"));

        Assert.Equal(SmoochErrorKind.Timeout, error.Kind);
        Assert.Equal(0, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Create_whose_body_is_cut_off_after_the_secret_still_returns_the_secret()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Status = 201, Body = CreatedBody, TruncateAt = CreatedBody.Length - 2 });
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        CreatedAppKey created = await session.AppKeys.CreateAsync(AppId, "k");

        Assert.True(created.ResponseIncomplete);
        Assert.Equal("app_67a0e949f0305f4a391e9d97", created.KeyId);
        Assert.Equal(Unit.Secrets.Sample.Length, created.Secret.Length);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Create_cut_off_inside_the_secret_is_an_error_that_names_the_created_key()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Status = 201, Body = CreatedBody, TruncateAt = CreatedBody.IndexOf("secret") + 20 });
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync(AppId, "k"));

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.Equal(201, error.StatusCode);
        Assert.Contains("created app key app_67a0e949f0305f4a391e9d97, but its response was damaged", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Get_whose_body_is_cut_off_is_retried()
    {
        await using var server = new ScriptedServer();
        string body = "{\"keys\":[{\"id\":\"app_1\",\"displayName\":\"one\"}]}";
        server.Enqueue(new Reply { Status = 200, Body = body, TruncateAt = 10 }, Reply.Json(200, body));
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var keys = await session.AppKeys.ListAsync(AppId).ToListAsync();

        Assert.Equal("app_1", Assert.Single(keys).KeyId);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Redirect_is_not_followed_and_credentials_stay_home()
    {
        await using var server = new ScriptedServer();
        await using var elsewhere = new ScriptedServer();
        server.Enqueue(Reply.Json(301, "{}").WithHeader("Location", elsewhere.BaseAddress + "v2/apps/x/keys"));
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.ListAsync(AppId).ToListAsync());

        Assert.Equal(301, error.StatusCode);
        Assert.Equal(SmoochErrorKind.UnexpectedRedirect, error.Kind);
        Assert.Contains("to '" + elsewhere.BaseAddress + "v2/apps/x/keys'. This module does not follow redirects", error.Message);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task Service_unavailable_with_retry_after_waits_as_asked()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(503, "{}").WithHeader("Retry-After", "1"), Reply.Json(200, "{\"keys\":[]}"));
        var log = new CapturingLog();
        using SmoochSession session = Sessions.Basic(server.BaseAddress, log);

        await session.AppKeys.ListAsync(AppId).ToListAsync();

        Assert.Equal("retrying in 1 s (HTTP 503)", log.Entries.First().Outcome);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Post_is_retried_when_the_connection_is_refused()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var log = new CapturingLog();
        using SmoochSession session = Sessions.Basic(new Uri($"http://127.0.0.1:{port}/"), log, maxRetries: 2);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync(AppId, "k"));

        Assert.Equal(SmoochErrorKind.Connection, error.Kind);
        Assert.Equal(3, log.Entries.Count);
        Assert.All(log.Entries, e => Assert.Null(e.StatusCode));
    }
}
