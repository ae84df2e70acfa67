using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Pipeline;

public class SessionBehaviourTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public SessionBehaviourTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task One_session_serves_many_concurrent_calls_in_parallel()
    {
        var apps = _fixture.Control.SeedApps(4, 0);
        _fixture.Control.Latency = TimeSpan.FromMilliseconds(50);
        _fixture.Control.ResetConcurrency();
        using SmoochSession session = _fixture.Sunshine();

        var created = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => session.AppKeys.CreateAsync(apps[i % 4].AppId, "k" + i)));

        Assert.Equal(32, created.Select(k => k.KeyId).Distinct().Count());
        Assert.Equal(32, _fixture.Count("POST", "/v2/apps/"));
        Assert.True(_fixture.Control.MaxConcurrentRequests > 1, "requests of one session should overlap");
    }

    [Fact]
    public async Task Base_address_with_a_path_prefix_keeps_the_prefix()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(200, "{\"keys\":[]}"));
        using SmoochSession session = Sessions.Basic(new Uri(server.BaseAddress, "sc"));

        await session.AppKeys.ListAsync("5d8cff3cd55b040010928b5b").ToListAsync();

        Assert.Equal("/sc/v2/apps/5d8cff3cd55b040010928b5b/keys", server.Requests.Single().Target);
        Assert.Equal(new Uri(server.BaseAddress, "sc/"), session.BaseAddress);
    }

    [Fact]
    public async Task Organization_bearer_token_supplied_by_the_caller_is_used_as_is()
    {
        string token = await FetchOrganizationToken();
        using SmoochSession session = Sessions.With(_fixture.Emulator.BaseAddress, new BearerTokenAuthenticator(Unit.Secrets.Secure(token), SmoochApi.Organization));

        var accounts = await session.Organization.ListServiceAccountsAsync(EmulatorFixture.OrganizationId).ToListAsync();

        Assert.Contains(accounts, a => a.ServiceAccountId == _fixture.Organization.ServiceAccountId);
        Assert.Equal(SmoochApi.Organization, session.Api);
        Assert.Null(session.KeyId);
    }

    [Fact]
    public async Task Log_sink_that_throws_never_loses_a_created_secret()
    {
        using SmoochSession session = _fixture.Sunshine(new ThrowingLog());

        var created = await session.AppKeys.CreateAsync(_fixture.App.AppId, "despite the log");

        Assert.True(created.Secret.Length > 0);
    }

    private async Task<string> FetchOrganizationToken()
    {
        using var http = new HttpClient { BaseAddress = _fixture.Emulator.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "service-account-token")
        {
            Content = new StringContent("grant_type=client_credentials", Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(_fixture.Organization.ClientId + ":" + _fixture.Organization.ClientSecret)));
        using HttpResponseMessage response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        _fixture.Control.ClearJournal();
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    private sealed class ThrowingLog : ISmoochRequestLog
    {
        public void Record(RequestLogEntry entry)
        {
            throw new InvalidOperationException("log sink broken");
        }
    }
}
