using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

/// <summary>The v2 app and integration lists as the vendor documents them: filter[serviceAccountId], filter[types], meta and links.</summary>
public sealed class AppListFilterTests : EmulatorTest
{
    private static string[] Ids(Reply reply, string list) => reply.Json.GetProperty(list).EnumerateArray().Select(i => i.Str("id")).ToArray();

    [Fact]
    public async Task Service_account_filter_lists_only_the_apps_that_account_can_access_across_pages()
    {
        var apps = Emulator.Control.SeedApps(5, 0).Select(a => a.AppId).ToList();
        string sa = Emulator.Control.SeedServiceAccounts(1)[0];
        foreach (string granted in new[] { apps[0], apps[2], apps[4] })
        {
            Emulator.Control.GrantAppAccess(sa, granted);
        }

        Reply first = await Account.Get($"/v2/apps?filter[serviceAccountId]={sa}&page[size]=2");
        Assert.Equal(new[] { apps[0], apps[2] }, Ids(first, "apps"));
        Assert.True(first.Json.GetProperty("meta").GetProperty("hasMore").GetBoolean());
        string next = first.Json.GetProperty("links").Str("next");
        Assert.Equal($"{Emulator.BaseAddress.AbsoluteUri.TrimEnd('/')}/v2/apps?filter[serviceAccountId]={sa}&page[size]=2&page[after]={apps[2]}", next);

        Reply second = await Account.Get(next);
        Assert.Equal(new[] { apps[4] }, Ids(second, "apps"));
        Assert.False(second.Json.GetProperty("meta").GetProperty("hasMore").GetBoolean());
        JsonElement links = second.Json.GetProperty("links");
        Assert.False(links.TryGetProperty("next", out _));
        Assert.EndsWith($"page[before]={apps[4]}", links.Str("prev"));
    }

    [Fact]
    public async Task Service_account_filter_with_an_unknown_account_lists_nothing_and_an_empty_one_is_refused()
    {
        Assert.Empty(Ids(await Account.Get("/v2/apps?filter[serviceAccountId]=0123456789abcdef01234567"), "apps"));

        Reply empty = await Account.Get("/v2/apps?filter[serviceAccountId]=");
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("bad_request", empty.ErrorCode());
    }

    [Fact]
    public async Task A_service_account_key_may_filter_only_by_its_own_account()
    {
        string sa = Emulator.Control.SeedServiceAccounts(2)[0];
        string other = Emulator.Control.SeedServiceAccounts(1)[0];
        Emulator.Control.GrantAppAccess(sa, App.AppId);
        var (keyId, secret) = Emulator.Control.CreateServiceAccountKey(sa, "k");
        using var svc = Basic(keyId, secret);

        Assert.Equal(new[] { App.AppId }, Ids(await svc.Get($"/v2/apps?filter[serviceAccountId]={sa}"), "apps"));
        Reply foreign = await svc.Get($"/v2/apps?filter[serviceAccountId]={other}");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
        Assert.Equal("forbidden", foreign.ErrorCode());
    }

    [Theory]
    [InlineData("custom", new[] { "custom", "custom" })]
    [InlineData("web", new[] { "web" })]
    [InlineData("web,custom", new[] { "custom", "web", "custom" })]
    [InlineData("android", new string[0])]
    public async Task Types_filter_lists_only_integrations_of_those_types(string types, string[] expected)
    {
        await Account.Post($"/v2/apps/{App.AppId}/integrations", """{"type":"custom"}""");

        Reply list = await Account.Get($"/v2/apps/{App.AppId}/integrations?filter[types]={types}");

        Assert.Equal(expected, list.Json.GetProperty("integrations").EnumerateArray().Select(i => i.Str("type")).ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("custom,")]
    [InlineData("Custom")]
    [InlineData("sms")]
    public async Task Types_filter_refuses_what_is_not_a_list_of_integration_types(string types)
    {
        Reply reply = await Account.Get($"/v2/apps/{App.AppId}/integrations?filter[types]={types}");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("bad_request", reply.ErrorCode());
    }

    [Fact]
    public async Task Integration_list_pages_keep_the_types_filter_in_their_links()
    {
        for (int i = 0; i < 3; i++)
        {
            await Account.Post($"/v2/apps/{App.AppId}/integrations", """{"type":"custom"}""");
        }

        Reply first = await Account.Get($"/v2/apps/{App.AppId}/integrations?filter[types]=custom&page[size]=3");
        string next = first.Json.GetProperty("links").Str("next");
        Assert.Contains("filter[types]=custom", next);
        Reply second = await Account.Get(next);

        var all = Ids(first, "integrations").Concat(Ids(second, "integrations")).ToList();
        Assert.Equal(4, all.Distinct().Count());
        Assert.DoesNotContain(App.NonCustomIntegrationId, all);
    }

    [Fact]
    public async Task Get_integration_answers_with_the_integration_and_its_status()
    {
        JsonElement integration = (await Account.Get($"/v2/apps/{App.AppId}/integrations/{App.NonCustomIntegrationId}")).Json.GetProperty("integration");

        Assert.Equal((App.NonCustomIntegrationId, "web", "active"), (integration.Str("id"), integration.Str("type"), integration.Str("status")));
        Assert.Equal("integration_not_found", (await Account.Get($"/v2/apps/{App.AppId}/integrations/0123456789abcdef01234567")).ErrorCode());
    }

    [Fact]
    public async Task Seed_control_grants_a_service_account_access_to_an_app()
    {
        string sa = Emulator.Control.SeedServiceAccounts(1)[0];

        Reply granted = await Anonymous.Post("/_emulator/seed", $$$"""{"appAccess":{"serviceAccountId":"{{{sa}}}","appId":"{{{App.AppId}}}"}}""");
        Reply unknown = await Anonymous.Post("/_emulator/seed", $$$"""{"appAccess":{"serviceAccountId":"{{{sa}}}","appId":"0123456789abcdef01234567"}}""");

        Assert.Equal(HttpStatusCode.NoContent, granted.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(new[] { App.AppId }, Ids(await Account.Get($"/v2/apps?filter[serviceAccountId]={sa}"), "apps"));
    }
}
