using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class JournalAndControlTests : EmulatorTest
{
    protected override EmulatorOptions CreateOptions()
    {
        EmulatorOptions options = base.CreateOptions();
        options.JournalCapacity = 5;
        return options;
    }

    [Fact]
    public async Task Journal_records_method_path_query_status_and_fault_in_arrival_order_without_secrets()
    {
        await Account.Get("/v1.1/serviceaccounts?limit=3");
        await Anonymous.Get($"/v2/apps/{App.AppId}/keys");
        Emulator.Control.AddFault(new FaultRule("POST", "/v2/**", FaultKind.Status) { Status = 503 });
        await Account.Post($"/v2/apps/{App.AppId}/keys", """{"displayName":"k"}""");

        var journal = Emulator.Control.Journal;
        Assert.Equal(3, journal.Count);
        Assert.Equal(("GET", "/v1.1/serviceaccounts", 200, (string?)null), (journal[0].Method, journal[0].Path, journal[0].Status, journal[0].Fault));
        Assert.Equal(401, journal[1].Status);
        Assert.Equal(("POST", 503, "Status"), (journal[2].Method, journal[2].Status, journal[2].Fault));
        Assert.All(journal, e => Assert.True(e.Milliseconds >= 0));
        Assert.True(journal[0].At <= journal[2].At);
        string all = string.Join("|", journal.Select(e => e.ToString()));
        Assert.DoesNotContain(Emulator.AccountSecret, all);
        Assert.Equal("?limit=3", journal[0].Query);
        Assert.Equal("", journal[1].Query);
    }

    [Fact]
    public async Task Journal_leaves_out_the_query_of_the_token_endpoint()
    {
        await Anonymous.Post("/service-account-token?client_secret=s3cr3t-in-query", "{}");

        JournalEntry entry = Assert.Single(Emulator.Control.Journal);
        Assert.Equal("/service-account-token", entry.Path);
        Assert.Equal("", entry.Query);
    }

    [Fact]
    public async Task Journal_keeps_only_the_most_recent_entries_up_to_its_capacity()
    {
        for (int i = 0; i < 8; i++)
        {
            await Account.Get($"/v1.1/serviceaccounts/{i:x24}");
        }

        var journal = Emulator.Control.Journal;
        Assert.Equal(5, journal.Count);
        Assert.Equal($"/v1.1/serviceaccounts/{3:x24}", journal[0].Path);
        Assert.Equal($"/v1.1/serviceaccounts/{7:x24}", journal[4].Path);
    }

    [Fact]
    public async Task Control_requests_are_not_journaled_and_journal_is_readable_and_clearable_over_http()
    {
        await Account.Get("/v1.1/serviceaccounts");
        await Anonymous.Get("/_emulator/health");
        Reply journal = await Anonymous.Get("/_emulator/journal");
        JsonElement entry = Assert.Single(journal.Json.GetProperty("entries").EnumerateArray());
        Assert.Equal("/v1.1/serviceaccounts", entry.Str("path"));
        Assert.Equal(200, entry.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("fault").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await Anonymous.Delete("/_emulator/journal")).Status);
        Assert.Empty(Emulator.Control.Journal);
    }

    [Fact]
    public async Task Reset_restores_seeded_data_and_clears_faults_and_journal()
    {
        string sa = (await Account.Post("/v1.1/serviceaccounts", """{"name":"temp"}""")).Json.GetProperty("serviceAccount").Str("_id");
        await Account.Delete($"/v2/apps/{App.AppId}");
        Emulator.Control.AddFault(new FaultRule("*", "/**", FaultKind.Status, Count: 50) { Status = 500 });

        Assert.Equal(HttpStatusCode.NoContent, (await Anonymous.Post("/_emulator/reset", "")).Status);

        Assert.Empty(Emulator.Control.Journal);
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Get($"/v1.1/serviceaccounts/{sa}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Account.Get($"/v2/apps/{App.AppId}/keys")).Status);
        Reply token = await Anonymous.PostAsync("service-account-token", new System.Net.Http.FormUrlEncodedContent(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials"),
            new("client_id", OrgOne.ClientId), new("client_secret", OrgOne.ClientSecret),
        })).ContinueWith(t => new Reply(t.Result.StatusCode, "", t.Result));
        Assert.Equal(HttpStatusCode.OK, token.Status);
    }

    [Fact]
    public async Task Seed_endpoint_adds_service_accounts_apps_and_credentials()
    {
        Reply accounts = await Anonymous.Post("/_emulator/seed", """{"serviceAccounts":3}""");
        Assert.Equal(3, accounts.Json.GetProperty("serviceAccountIds").GetArrayLength());
        Assert.Equal(3, (await Account.Get("/v1.1/serviceaccounts")).Json.GetProperty("serviceAccounts").GetArrayLength());

        Reply apps = await Anonymous.Post("/_emulator/seed", """{"apps":2,"customIntegrationsPerApp":2}""");
        JsonElement app = apps.Json.GetProperty("apps")[1];
        Assert.Equal(2, app.GetProperty("customIntegrationIds").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await Account.Get($"/v2/apps/{app.Str("appId")}/integrations/{app.GetProperty("customIntegrationIds")[1].GetString()}/keys")).Status);

        Reply credentials = await Anonymous.Post("/_emulator/seed",
            $$$"""{"credentials":{"organizationId":"{{{OrgOne.Id}}}","serviceAccountId":"{{{OrgOne.ServiceAccountId}}}","count":4}}""");
        Assert.Equal(4, credentials.Json.GetProperty("credentialIds").GetArrayLength());

        Reply unknown = await Anonymous.Post("/_emulator/seed", """{"credentials":{"organizationId":"nope","serviceAccountId":"x","count":1}}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Anonymous.Post("/_emulator/seed", """{"serviceAccounts":-1}""")).Status);
    }

    [Fact]
    public async Task Latency_and_concurrency_are_controllable_over_http()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await Anonymous.Put("/_emulator/latency", """{"milliseconds":5}""")).Status);
        Assert.Equal(TimeSpan.FromMilliseconds(5), Emulator.Control.Latency);
        await Account.Get("/v1.1/serviceaccounts");
        Reply concurrency = await Anonymous.Get("/_emulator/concurrency");
        Assert.Equal(1, concurrency.Json.GetProperty("maxConcurrentRequests").GetInt32());
    }

    [Fact]
    public async Task Every_api_response_carries_a_distinct_request_id()
    {
        Reply ok = await Account.Get("/v1.1/serviceaccounts");
        Reply error = await Anonymous.Get("/v1.1/serviceaccounts");
        string first = ok.Message.Headers.GetValues("X-Request-Id").Single();
        string second = error.Message.Headers.GetValues("X-Request-Id").Single();
        Assert.False(string.IsNullOrWhiteSpace(first));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Artificial_latency_is_added_to_api_requests_only()
    {
        Emulator.Control.Latency = TimeSpan.FromMilliseconds(100);
        await Account.Get("/v1.1/serviceaccounts");
        await Anonymous.Get("/_emulator/health");
        Assert.True(Emulator.Control.Journal.Single().Milliseconds >= 90);
        Emulator.Control.Reset();
        Assert.Equal(TimeSpan.Zero, Emulator.Control.Latency);
    }

    [Fact]
    public async Task Sequential_requests_never_raise_the_concurrency_high_water_mark_above_one()
    {
        Emulator.Control.ResetConcurrency();
        Assert.Equal(0, Emulator.Control.MaxConcurrentRequests);
        for (int i = 0; i < 5; i++)
        {
            await Account.Get("/v1.1/serviceaccounts");
        }

        Assert.Equal(1, Emulator.Control.MaxConcurrentRequests);
    }

    [Fact]
    public async Task Waiting_until_idle_lasts_until_an_abandoned_request_is_journaled()
    {
        Emulator.Control.ResetConcurrency();
        Emulator.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.Delay) { Delay = TimeSpan.FromSeconds(20) });
        using var cancel = new CancellationTokenSource();
        Task<HttpResponseMessage> call = Account.GetAsync("/v1.1/serviceaccounts", cancel.Token);
        Assert.True(SpinWait.SpinUntil(() => Emulator.Control.MaxConcurrentRequests == 1, TimeSpan.FromSeconds(10)));

        Assert.False(Emulator.Control.WaitUntilIdle(TimeSpan.FromMilliseconds(200)));
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.True(Emulator.Control.WaitUntilIdle(TimeSpan.FromSeconds(10)));
        JournalEntry entry = Assert.Single(Emulator.Control.Journal);
        Assert.Equal((0, "Delay"), (entry.Status, entry.Fault));
    }

    [Fact]
    public async Task Waiting_until_idle_is_available_over_http()
    {
        Emulator.Control.ResetConcurrency();
        Emulator.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.Delay) { Delay = TimeSpan.FromSeconds(20) });
        using var cancel = new CancellationTokenSource();
        Task<HttpResponseMessage> call = Account.GetAsync("/v1.1/serviceaccounts", cancel.Token);
        Assert.True(SpinWait.SpinUntil(() => Emulator.Control.MaxConcurrentRequests == 1, TimeSpan.FromSeconds(10)));

        Reply busy = await Anonymous.Get("/_emulator/idle?timeoutMs=200");
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Reply idle = await Anonymous.Get("/_emulator/idle");

        Assert.False(busy.Json.GetProperty("idle").GetBoolean());
        Assert.True(idle.Json.GetProperty("idle").GetBoolean());
        Assert.Single(Emulator.Control.Journal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Anonymous.Get("/_emulator/idle?timeoutMs=-1")).Status);
    }
}
