using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

/// <summary>Remaining success and error paths of single endpoints.</summary>
public sealed class EndpointEdgeTests : EmulatorTest
{
    [Fact]
    public async Task Jwt_for_unknown_key_or_service_account_is_404()
    {
        string sa = (await Account.Post("/v1.1/serviceaccounts", """{"name":"s"}""")).Json.GetProperty("serviceAccount").Str("_id");
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Get($"/v1.1/serviceaccounts/{sa}/keys/svc_0123456789abcdef01234567/jwt")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Get("/v1.1/serviceaccounts/0123456789abcdef01234567/keys")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Post("/v1.1/serviceaccounts/0123456789abcdef01234567/keys", """{"name":"k"}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Put("/v1.1/serviceaccounts/0123456789abcdef01234567", """{"name":"k"}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Delete("/v1.1/serviceaccounts/0123456789abcdef01234567")).Status);
    }

    [Fact]
    public async Task Update_requires_a_name()
    {
        string sa = (await Account.Post("/v1.1/serviceaccounts", """{"name":"s"}""")).Json.GetProperty("serviceAccount").Str("_id");
        Reply reply = await Account.Put($"/v1.1/serviceaccounts/{sa}", "{}");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("should have required property 'name'", reply.Json.GetProperty("error").Str("description"));
    }

    [Fact]
    public async Task Has_more_is_false_when_the_page_ends_exactly_at_the_last_item()
    {
        Emulator.Control.SeedServiceAccounts(50);
        Reply reply = await Account.Get("/v1.1/serviceaccounts?limit=25&offset=25");
        Assert.Equal(25, reply.Json.GetProperty("serviceAccounts").GetArrayLength());
        Assert.False(reply.Json.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task Integration_can_be_fetched_and_deleted_and_its_keys_go_with_it()
    {
        string integration = App.CustomIntegrationIds[0];
        JsonElement key = (await Account.Post($"/v2/apps/{App.AppId}/integrations/{integration}/keys", """{"displayName":"k"}""")).Json.GetProperty("key");

        Reply got = await Account.Get($"/v2/apps/{App.AppId}/integrations/{integration}");
        Assert.Equal("custom", got.Json.GetProperty("integration").Str("type"));
        Reply web = await Account.Get($"/v2/apps/{App.AppId}/integrations/{App.NonCustomIntegrationId}");
        Assert.Equal("web", web.Json.GetProperty("integration").Str("type"));
        Assert.False(web.Json.GetProperty("integration").TryGetProperty("webhooks", out _));

        Assert.Equal("{}", (await Account.Delete($"/v2/apps/{App.AppId}/integrations/{integration}")).Text);
        Assert.Equal("integration_not_found", (await Account.Get($"/v2/apps/{App.AppId}/integrations/{integration}")).ErrorCode());
        using var orphan = Basic(key.Str("id"), key.Str("secret"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await orphan.Get($"/v2/apps/{App.AppId}/integrations")).Status);
    }

    [Fact]
    public async Task Deleting_an_app_revokes_its_app_keys()
    {
        JsonElement key = (await Account.Post($"/v2/apps/{App.AppId}/keys", """{"displayName":"k"}""")).Json.GetProperty("key");
        using var appClient = Basic(key.Str("id"), key.Str("secret"));
        Assert.Equal(HttpStatusCode.OK, (await appClient.Get($"/v2/apps/{App.AppId}/integrations")).Status);
        await Account.Delete($"/v2/apps/{App.AppId}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await appClient.Get($"/v2/apps/{App.AppId}/integrations")).Status);
    }

    [Fact]
    public async Task App_key_may_list_and_create_integrations_of_its_own_app_only()
    {
        JsonElement key = (await Account.Post($"/v2/apps/{App.AppId}/keys", """{"displayName":"k"}""")).Json.GetProperty("key");
        SeededApp other = Emulator.Control.SeedApps(1, 0)[0];
        using var appClient = Basic(key.Str("id"), key.Str("secret"));
        Assert.Equal(HttpStatusCode.Created, (await appClient.Post($"/v2/apps/{App.AppId}/integrations", """{"type":"custom"}""")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await appClient.Get($"/v2/apps/{other.AppId}/integrations")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await appClient.Get("/v2/apps/0123456789abcdef01234567/integrations")).Status);
    }

    [Fact]
    public async Task App_create_validates_display_name()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Account.Post("/v2/apps", "{}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Account.Post("/v2/apps", $$"""{"displayName":"{{new string('a', 101)}}"}""")).Status);
    }

    [Fact]
    public async Task Wrong_page_parameters_on_v2_lists_are_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Account.Get("/v2/apps?page[size]=0")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Account.Get("/v2/apps?page[after]=zzz")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Account.Get($"/v2/apps?page[after]={App.AppId}&page[before]={App.AppId}")).Status);
    }

    [Fact]
    public async Task Unicode_and_html_characters_in_names_round_trip()
    {
        const string name = "Équipe <ops> & \"bots\" + 日本";
        string id = (await Account.Post("/v1.1/serviceaccounts", JsonSerializer.Serialize(new { name }))).Json.GetProperty("serviceAccount").Str("_id");
        Assert.Equal(name, (await Account.Get($"/v1.1/serviceaccounts/{id}")).Json.GetProperty("serviceAccount").Str("name"));
    }
}
