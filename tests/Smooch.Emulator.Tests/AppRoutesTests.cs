using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class AppRoutesTests : EmulatorTest
{
    [Fact]
    public async Task Apps_can_be_created_listed_fetched_and_deleted()
    {
        Reply created = await Account.Post("/v2/apps", """{"displayName":"New app"}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        string id = created.Json.GetProperty("app").Str("id");
        Assert.Matches("^[0-9a-f]{24}$", id);

        Reply list = await Account.Get("/v2/apps");
        string[] ids = list.Json.GetProperty("apps").EnumerateArray().Select(a => a.Str("id")).ToArray();
        Assert.Equal(new[] { App.AppId, id }, ids);
        Assert.False(list.Json.GetProperty("meta").GetProperty("hasMore").GetBoolean());

        Assert.Equal("New app", (await Account.Get($"/v2/apps/{id}")).Json.GetProperty("app").Str("displayName"));
        Assert.Equal(HttpStatusCode.OK, (await Account.Delete($"/v2/apps/{id}")).Status);
        Assert.Equal("app_not_found", (await Account.Get($"/v2/apps/{id}")).ErrorCode());
    }

    [Fact]
    public async Task App_list_pages_with_page_size_and_after_cursor()
    {
        Emulator.Control.SeedApps(4, 0);
        Reply first = await Account.Get("/v2/apps?page[size]=2");
        Assert.Equal(2, first.Json.GetProperty("apps").GetArrayLength());
        JsonElement meta = first.Json.GetProperty("meta");
        Assert.True(meta.GetProperty("hasMore").GetBoolean());
        Reply rest = await Account.Get($"/v2/apps?page[size]=10&page[after]={meta.Str("afterCursor")}");
        Assert.Equal(3, rest.Json.GetProperty("apps").GetArrayLength());
        Assert.False(rest.Json.GetProperty("meta").GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task Custom_integration_can_be_created_with_a_webhook_and_listed()
    {
        Reply created = await Account.Post($"/v2/apps/{App.AppId}/integrations",
            """{"type":"custom","displayName":"Bot","webhooks":[{"target":"https://example.com/hook","triggers":["conversation:message"]}]}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        JsonElement integration = created.Json.GetProperty("integration");
        Assert.Equal("custom", integration.Str("type"));
        Assert.Equal("https://example.com/hook", integration.GetProperty("webhooks")[0].Str("target"));

        Reply list = await Account.Get($"/v2/apps/{App.AppId}/integrations");
        string[] types = list.Json.GetProperty("integrations").EnumerateArray().Select(i => i.Str("type")).ToArray();
        Assert.Equal(new[] { "custom", "web", "custom" }, types);

        string keys = $"/v2/apps/{App.AppId}/integrations/{integration.Str("id")}/keys";
        Assert.Equal(HttpStatusCode.Created, (await Account.Post(keys, """{"displayName":"k"}""")).Status);
    }

    [Theory]
    [InlineData("""{"displayName":"x"}""")]
    [InlineData("""{"type":"web"}""")]
    [InlineData("""{"type":"custom","webhooks":"nope"}""")]
    [InlineData("""{"type":"custom","webhooks":[{"target":1}]}""")]
    public async Task Integration_create_validates_its_body(string body)
    {
        Reply reply = await Account.Post($"/v2/apps/{App.AppId}/integrations", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("bad_request", reply.ErrorCode());
    }

    [Fact]
    public async Task Service_account_sees_only_the_apps_it_created()
    {
        string sa = (await Account.Post("/v1.1/serviceaccounts", """{"name":"Svc"}""")).Json.GetProperty("serviceAccount").Str("_id");
        var (keyId, secret) = Emulator.Control.CreateServiceAccountKey(sa, "k");
        using var svc = Basic(keyId, secret);
        Assert.Empty((await svc.Get("/v2/apps")).Json.GetProperty("apps").EnumerateArray());
        string own = (await svc.Post("/v2/apps", """{"displayName":"Mine"}""")).Json.GetProperty("app").Str("id");
        Assert.Equal(own, Assert.Single((await svc.Get("/v2/apps")).Json.GetProperty("apps").EnumerateArray()).Str("id"));
        Assert.Equal("app_not_found", (await svc.Get($"/v2/apps/{App.AppId}")).ErrorCode());
        Assert.Equal(2, (await Account.Get("/v2/apps")).Json.GetProperty("apps").GetArrayLength());
    }
}
