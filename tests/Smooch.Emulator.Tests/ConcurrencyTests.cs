using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

/// <summary>64+ parallel requests leave the state consistent (limits hold, names stay unique, nothing lost).</summary>
public sealed class ConcurrencyTests : EmulatorTest
{
    private const int Parallel = 64;

    [Fact]
    public async Task Parallel_creates_respect_the_ten_keys_limit_exactly()
    {
        string keys = $"/v2/apps/{App.AppId}/keys";
        Reply[] replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => Account.Post(keys, $$"""{"displayName":"k{{i}}"}""")));
        Assert.Equal(10, replies.Count(r => r.Status == HttpStatusCode.Created));
        Assert.Equal(Parallel - 10, replies.Count(r => r.Status == HttpStatusCode.BadRequest));
        Assert.Equal(10, (await Account.Get(keys)).Json.GetProperty("keys").GetArrayLength());
    }

    [Fact]
    public async Task Parallel_creates_of_one_name_yield_exactly_one_service_account()
    {
        Reply[] replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Account.Post("/v1.1/serviceaccounts", """{"name":"same"}""")));
        Assert.Equal(1, replies.Count(r => r.Status == HttpStatusCode.Created));
        Assert.Equal(Parallel - 1, replies.Count(r => r.Status == HttpStatusCode.Conflict));
        Assert.Single((await Account.Get("/v1.1/serviceaccounts")).Json.GetProperty("serviceAccounts").EnumerateArray());
    }

    [Fact]
    public async Task Parallel_mixed_creates_and_deletes_lose_nothing()
    {
        string[] created = (await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => Account.Post("/v1.1/serviceaccounts", $$"""{"name":"sa{{i}}"}"""))))
            .Select(r => r.Json.GetProperty("serviceAccount").Str("_id")).ToArray();
        Assert.Equal(Parallel, created.Distinct().Count());

        Task<Reply>[] work = created.Take(32).Select(id => Account.Delete($"/v1.1/serviceaccounts/{id}"))
            .Concat(Enumerable.Range(0, 32).Select(i => Account.Post("/v1.1/serviceaccounts", $$"""{"name":"more{{i}}"}""")))
            .Concat(Enumerable.Range(0, 32).Select(_ => Account.Get("/v1.1/serviceaccounts?limit=100")))
            .ToArray();
        Reply[] results = await Task.WhenAll(work);
        Assert.All(results, r => Assert.True(r.Status is HttpStatusCode.OK or HttpStatusCode.Created, r.Text));

        string[] listed = (await Account.Get("/v1.1/serviceaccounts?limit=100")).Json.GetProperty("serviceAccounts")
            .EnumerateArray().Select(e => e.Str("_id")).ToArray();
        Assert.Equal(64, listed.Length);
        Assert.Empty(listed.Intersect(created.Take(32)));
    }

    [Fact]
    public async Task Parallel_org_credential_creates_and_paging_stay_consistent()
    {
        SeededOrganization org = Emulator.Organizations[0];
        string token;
        using (var tokenClient = Basic(org.ClientId, org.ClientSecret))
        {
            HttpResponseMessage response = await tokenClient.PostAsync("service-account-token",
                new FormUrlEncodedContent(new[] { new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials") }));
            token = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Str("access_token");
        }
        using HttpClient client = Bearer(token);
        string path = $"/organizations/{org.Id}/service-accounts/{org.ServiceAccountId}/credentials";
        Reply[] replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => client.Post(path, $$"""{"name":"c{{i}}"}""")));
        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.Status));

        var seen = new System.Collections.Generic.List<string>();
        string? after = null;
        do
        {
            Reply page = await client.Get(path + "?limit=7" + (after is null ? "" : "&after=" + after));
            seen.AddRange(page.Json.GetProperty("items").EnumerateArray().Select(i => i.Str("id")));
            System.Text.Json.JsonElement info = page.Json.GetProperty("page_info");
            after = info.GetProperty("has_next_page").GetBoolean() ? info.Str("end_cursor") : null;
        }
        while (after is not null);
        Assert.Equal(Parallel + 1, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task High_water_mark_sees_overlapping_requests_and_never_exceeds_what_was_sent()
    {
        Emulator.Control.Latency = TimeSpan.FromMilliseconds(200);
        Emulator.Control.ResetConcurrency();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Account.Get("/v1.1/serviceaccounts")));
        Assert.InRange(Emulator.Control.MaxConcurrentRequests, 2, 8);
    }
}
