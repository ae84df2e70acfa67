using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class AppKeyRoutesTests : EmulatorTest
{
    private string Keys => $"/v2/apps/{App.AppId}/keys";

    [Fact]
    public async Task Create_201_list_get_delete_200_with_v2_wire_names()
    {
        Reply created = await Account.Post(Keys, """{"displayName":"Key 1"}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        JsonElement key = created.Json.GetProperty("key");
        string id = key.Str("id");
        Assert.Matches("^app_[0-9a-f]{24}$", id);
        Assert.Equal("Key 1", key.Str("displayName"));
        Assert.Matches("^[A-Za-z0-9_-]{86}$", key.Str("secret"));

        JsonElement listed = Assert.Single((await Account.Get(Keys)).Json.GetProperty("keys").EnumerateArray());
        Assert.Equal(id, listed.Str("id"));
        Assert.Equal(key.Str("secret"), listed.Str("secret"));

        Reply got = await Account.Get($"{Keys}/{id}");
        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal("Key 1", got.Json.GetProperty("key").Str("displayName"));

        Reply deleted = await Account.Delete($"{Keys}/{id}");
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("{}", deleted.Text);
        Assert.Empty((await Account.Get(Keys)).Json.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_key_is_not_found_and_unknown_app_is_app_not_found()
    {
        Reply key = await Account.Get($"{Keys}/app_0123456789abcdef01234567");
        Assert.Equal(HttpStatusCode.NotFound, key.Status);
        Assert.Equal("not_found", key.ErrorCode());
        Assert.Equal("Resource not found", key.Json.GetProperty("errors")[0].Str("title"));

        Reply app = await Account.Delete("/v2/apps/0123456789abcdef01234567/keys/app_0123456789abcdef01234567");
        Assert.Equal(HttpStatusCode.NotFound, app.Status);
        Assert.Equal("app_not_found", app.ErrorCode());
        Assert.Equal("App not found", app.Json.GetProperty("errors")[0].Str("title"));
    }

    [Fact]
    public async Task Eleventh_key_is_refused_with_400()
    {
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await Account.Post(Keys, $$"""{"displayName":"k{{i}}"}""")).Status);
        }

        Reply eleventh = await Account.Post(Keys, """{"displayName":"k10"}""");
        Assert.Equal(HttpStatusCode.BadRequest, eleventh.Status);
        Assert.Equal("App has reached the max number of keys (10)", eleventh.Json.GetProperty("errors")[0].Str("title"));
        Assert.Equal(10, (await Account.Get(Keys)).Json.GetProperty("keys").GetArrayLength());
    }

    [Theory]
    [InlineData("{}", "should have required property 'displayName'")]
    [InlineData("""{"displayName":""}""", "'displayName' must not be empty")]
    [InlineData("""{"displayName":7}""", "'displayName' must be a string")]
    [InlineData("""{"displayName":{"a":1}}""", "'displayName' must be a string")]
    [InlineData("{not json", "Request body is not valid JSON")]
    public async Task Bad_bodies_get_v2_bad_request(string body, string title)
    {
        Reply reply = await Account.Post(Keys, body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("bad_request", reply.ErrorCode());
        Assert.Equal(title, reply.Json.GetProperty("errors")[0].Str("title"));
    }

    [Fact]
    public async Task Display_name_longer_than_100_is_rejected()
    {
        Reply reply = await Account.Post(Keys, $$"""{"displayName":"{{new string('x', 101)}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Fact]
    public async Task Deleted_app_key_stops_authenticating_at_once()
    {
        JsonElement key = (await Account.Post(Keys, """{"displayName":"k"}""")).Json.GetProperty("key");
        string integrationKeys = $"/v2/apps/{App.AppId}/integrations/{App.CustomIntegrationIds[0]}/keys";
        using var appClient = Basic(key.Str("id"), key.Str("secret"));
        Assert.Equal(HttpStatusCode.OK, (await appClient.Get(integrationKeys)).Status);
        await Account.Delete($"{Keys}/{key.Str("id")}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await appClient.Get(integrationKeys)).Status);
    }
}
