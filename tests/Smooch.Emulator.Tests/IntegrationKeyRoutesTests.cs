using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class IntegrationKeyRoutesTests : EmulatorTest
{
    private string Keys => $"/v2/apps/{App.AppId}/integrations/{App.CustomIntegrationIds[0]}/keys";

    [Fact]
    public async Task Create_201_list_get_delete_200()
    {
        Reply created = await Account.Post(Keys, """{"displayName":"My custom key"}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        JsonElement key = created.Json.GetProperty("key");
        string id = key.Str("id");
        Assert.Matches("^int_[0-9a-f]{24}$", id);
        Assert.Equal("My custom key", key.Str("displayName"));

        Assert.Equal(id, Assert.Single((await Account.Get(Keys)).Json.GetProperty("keys").EnumerateArray()).Str("id"));
        Assert.Equal(key.Str("secret"), (await Account.Get($"{Keys}/{id}")).Json.GetProperty("key").Str("secret"));
        Reply deleted = await Account.Delete($"{Keys}/{id}");
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("{}", deleted.Text);
        Reply gone = await Account.Get($"{Keys}/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("not_found", gone.ErrorCode());
    }

    [Fact]
    public async Task Non_custom_integration_gets_the_documented_400_on_list_and_create()
    {
        string keys = $"/v2/apps/{App.AppId}/integrations/{App.NonCustomIntegrationId}/keys";
        foreach (Reply reply in new[] { await Account.Get(keys), await Account.Post(keys, """{"displayName":"x"}""") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.Equal("bad_request", reply.ErrorCode());
            Assert.Equal("API keys are available only for custom integrations", reply.Json.GetProperty("errors")[0].Str("title"));
        }
    }

    [Fact]
    public async Task Unknown_integration_and_unknown_app_have_their_own_codes()
    {
        Reply integration = await Account.Get($"/v2/apps/{App.AppId}/integrations/0123456789abcdef01234567/keys");
        Assert.Equal(HttpStatusCode.NotFound, integration.Status);
        Assert.Equal("integration_not_found", integration.ErrorCode());
        Reply app = await Account.Get($"/v2/apps/0123456789abcdef01234567/integrations/{App.CustomIntegrationIds[0]}/keys");
        Assert.Equal("app_not_found", app.ErrorCode());
    }

    [Fact]
    public async Task Eleventh_key_is_refused()
    {
        for (int i = 0; i < 10; i++)
        {
            await Account.Post(Keys, $$"""{"displayName":"k{{i}}"}""");
        }

        Reply eleventh = await Account.Post(Keys, """{"displayName":"k10"}""");
        Assert.Equal(HttpStatusCode.BadRequest, eleventh.Status);
        Assert.Equal("Integration has reached the max number of keys (10)", eleventh.Json.GetProperty("errors")[0].Str("title"));
    }

    [Fact]
    public async Task Keys_of_one_integration_are_not_visible_through_another()
    {
        string other = (await Account.Post($"/v2/apps/{App.AppId}/integrations", """{"type":"custom","displayName":"Second"}"""))
            .Json.GetProperty("integration").Str("id");
        string id = (await Account.Post(Keys, """{"displayName":"k"}""")).Json.GetProperty("key").Str("id");
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Get($"/v2/apps/{App.AppId}/integrations/{other}/keys/{id}")).Status);
    }

    [Fact]
    public async Task Int_key_authenticates_but_may_not_manage_keys()
    {
        JsonElement key = (await Account.Post(Keys, """{"displayName":"k"}""")).Json.GetProperty("key");
        using var integrationClient = Basic(key.Str("id"), key.Str("secret"));
        Reply reply = await integrationClient.Get(Keys);
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("forbidden", reply.ErrorCode());
    }
}
