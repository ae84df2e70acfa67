using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class ServiceAccountRoutesTests : EmulatorTest
{
    [Fact]
    public async Task Create_get_update_delete_round_trip_with_v11_wire_names()
    {
        Reply created = await Account.Post("/v1.1/serviceaccounts", """{"name":"Builder"}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        JsonElement sa = created.Json.GetProperty("serviceAccount");
        string id = sa.Str("_id");
        Assert.Matches("^[0-9a-f]{24}$", id);
        Assert.Equal("Builder", sa.Str("name"));

        Reply got = await Account.Get($"/v1.1/serviceaccounts/{id}");
        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal("Builder", got.Json.GetProperty("serviceAccount").Str("name"));

        Reply updated = await Account.Put($"/v1.1/serviceaccounts/{id}", """{"name":"Renamed"}""");
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("Renamed", updated.Json.GetProperty("serviceAccount").Str("name"));

        Reply deleted = await Account.Delete($"/v1.1/serviceaccounts/{id}");
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("{}", deleted.Text);
        Reply gone = await Account.Get($"/v1.1/serviceaccounts/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("not_found", gone.Json.GetProperty("error").Str("code"));
        Assert.Equal("Resource not found", gone.Json.GetProperty("error").Str("description"));
    }

    [Fact]
    public async Task List_pages_with_limit_offset_and_hasMore_in_creation_order()
    {
        var ids = Emulator.Control.SeedServiceAccounts(60);
        Reply first = await Account.Get("/v1.1/serviceaccounts");
        Assert.Equal(25, first.Json.GetProperty("serviceAccounts").GetArrayLength());
        Assert.True(first.Json.GetProperty("hasMore").GetBoolean());
        Assert.Equal(0, first.Json.GetProperty("offset").GetInt32());

        Reply last = await Account.Get("/v1.1/serviceaccounts?limit=25&offset=50");
        string[] lastIds = last.Json.GetProperty("serviceAccounts").EnumerateArray().Select(e => e.Str("_id")).ToArray();
        Assert.Equal(ids.Skip(50), lastIds);
        Assert.False(last.Json.GetProperty("hasMore").GetBoolean());
        Assert.Equal(50, last.Json.GetProperty("offset").GetInt32());

        Reply max = await Account.Get("/v1.1/serviceaccounts?limit=100");
        Assert.Equal(60, max.Json.GetProperty("serviceAccounts").GetArrayLength());
    }

    [Theory]
    [InlineData("limit=101")]
    [InlineData("limit=0")]
    [InlineData("limit=abc")]
    [InlineData("offset=-1")]
    [InlineData("limit=1&limit=2")]
    public async Task List_rejects_bad_paging_values(string query)
    {
        Reply reply = await Account.Get("/v1.1/serviceaccounts?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("bad_request", reply.Json.GetProperty("error").Str("code"));
    }

    [Fact]
    public async Task Duplicate_names_conflict_on_create_and_rename()
    {
        await Account.Post("/v1.1/serviceaccounts", """{"name":"One"}""");
        string two = (await Account.Post("/v1.1/serviceaccounts", """{"name":"Two"}""")).Json.GetProperty("serviceAccount").Str("_id");
        Reply again = await Account.Post("/v1.1/serviceaccounts", """{"name":"One"}""");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("conflict", again.ErrorCode());
        Assert.Equal(HttpStatusCode.Conflict, (await Account.Put($"/v1.1/serviceaccounts/{two}", """{"name":"One"}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Account.Put($"/v1.1/serviceaccounts/{two}", """{"name":"Two"}""")).Status);
    }

    [Fact]
    public async Task Keys_create_list_get_delete_and_secret_is_usable()
    {
        string sa = (await Account.Post("/v1.1/serviceaccounts", """{"name":"Keyed"}""")).Json.GetProperty("serviceAccount").Str("_id");
        Reply created = await Account.Post($"/v1.1/serviceaccounts/{sa}/keys", """{"name":"key1"}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        JsonElement key = created.Json.GetProperty("key");
        string keyId = key.Str("_id");
        string secret = key.Str("secret");
        Assert.Matches("^svc_[0-9a-f]{24}$", keyId);
        Assert.Matches("^[A-Za-z0-9_-]{86}$", secret);

        Reply list = await Account.Get($"/v1.1/serviceaccounts/{sa}/keys");
        JsonElement listed = Assert.Single(list.Json.GetProperty("keys").EnumerateArray());
        Assert.Equal(keyId, listed.Str("_id"));
        Assert.Equal(secret, listed.Str("secret"));
        Assert.Equal("key1", (await Account.Get($"/v1.1/serviceaccounts/{sa}/keys/{keyId}")).Json.GetProperty("key").Str("name"));

        using var svc = Basic(keyId, secret);
        Assert.Equal(HttpStatusCode.OK, (await svc.Get("/v2/apps")).Status);

        Assert.Equal("{}", (await Account.Delete($"/v1.1/serviceaccounts/{sa}/keys/{keyId}")).Text);
        Assert.Equal(HttpStatusCode.Unauthorized, (await svc.Get("/v2/apps")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Get($"/v1.1/serviceaccounts/{sa}/keys/{keyId}")).Status);
    }

    [Fact]
    public async Task Key_of_another_service_account_is_not_found()
    {
        string a = (await Account.Post("/v1.1/serviceaccounts", """{"name":"A"}""")).Json.GetProperty("serviceAccount").Str("_id");
        string b = (await Account.Post("/v1.1/serviceaccounts", """{"name":"B"}""")).Json.GetProperty("serviceAccount").Str("_id");
        string keyOfA = (await Account.Post($"/v1.1/serviceaccounts/{a}/keys", """{"name":"k"}""")).Json.GetProperty("key").Str("_id");
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Get($"/v1.1/serviceaccounts/{b}/keys/{keyOfA}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Account.Delete($"/v1.1/serviceaccounts/{b}/keys/{keyOfA}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Account.Get($"/v1.1/serviceaccounts/{a}/keys/{keyOfA}")).Status);
    }

    [Fact]
    public async Task Jwt_route_returns_account_scoped_hs256_token_signed_with_the_key()
    {
        string sa = (await Account.Post("/v1.1/serviceaccounts", """{"name":"Jwt"}""")).Json.GetProperty("serviceAccount").Str("_id");
        string keyId = (await Account.Post($"/v1.1/serviceaccounts/{sa}/keys", """{"name":"k"}""")).Json.GetProperty("key").Str("_id");
        Reply reply = await Account.Get($"/v1.1/serviceaccounts/{sa}/keys/{keyId}/jwt");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        string jwt = reply.Json.Str("jwt");
        string[] parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        using JsonDocument header = JsonDocument.Parse(TestJwt.DecodeSegment(parts[0]));
        using JsonDocument payload = JsonDocument.Parse(TestJwt.DecodeSegment(parts[1]));
        Assert.Equal("HS256", header.RootElement.Str("alg"));
        Assert.Equal("JWT", header.RootElement.Str("typ"));
        Assert.Equal(keyId, header.RootElement.Str("kid"));
        Assert.Equal("account", payload.RootElement.Str("scope"));
        Assert.True(payload.RootElement.GetProperty("iat").GetInt64() > 1_700_000_000);

        using var bearer = Bearer(jwt);
        Assert.Equal(HttpStatusCode.OK, (await bearer.Get("/v2/apps")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await bearer.Get("/v1.1/serviceaccounts")).Status);
    }

    [Fact]
    public async Task Deleting_a_service_account_with_apps_conflicts_and_without_apps_revokes_its_keys()
    {
        string sa = (await Account.Post("/v1.1/serviceaccounts", """{"name":"Owner"}""")).Json.GetProperty("serviceAccount").Str("_id");
        var (keyId, secret) = Emulator.Control.CreateServiceAccountKey(sa, "k");
        using var svc = Basic(keyId, secret);
        string app = (await svc.Post("/v2/apps", """{"displayName":"Svc app"}""")).Json.GetProperty("app").Str("id");

        Reply conflict = await Account.Delete($"/v1.1/serviceaccounts/{sa}");
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("Service account still has access to apps", conflict.Json.GetProperty("error").Str("description"));

        Assert.Equal(HttpStatusCode.OK, (await Account.Delete($"/v2/apps/{app}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Account.Delete($"/v1.1/serviceaccounts/{sa}")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await svc.Get("/v2/apps")).Status);
    }

    [Fact]
    public async Task Older_v1_paths_serve_the_same_resources()
    {
        string id = (await Account.Post("/v1/serviceaccounts", """{"name":"Legacy"}""")).Json.GetProperty("serviceAccount").Str("_id");
        Assert.Equal(HttpStatusCode.OK, (await Account.Get($"/v1.1/serviceaccounts/{id}")).Status);
    }

    [Theory]
    [InlineData("""{"name":""}""")]
    [InlineData("""{"name":"   "}""")]
    [InlineData("""{"name":42}""")]
    [InlineData("""{"name":null}""")]
    [InlineData("""{}""")]
    [InlineData("""["name"]""")]
    [InlineData("""{"name":""")]
    [InlineData("")]
    public async Task Create_rejects_bad_bodies_with_the_v11_error_shape(string body)
    {
        Reply reply = await Account.Post("/v1.1/serviceaccounts", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        JsonElement error = reply.Json.GetProperty("error");
        Assert.Equal("bad_request", error.Str("code"));
        Assert.False(string.IsNullOrEmpty(error.Str("description")));
    }

    [Fact]
    public async Task Over_long_name_is_rejected()
    {
        Reply reply = await Account.Post("/v1.1/serviceaccounts", $$"""{"name":"{{new string('n', 101)}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("100", reply.Json.GetProperty("error").Str("description"));
        Assert.Equal(HttpStatusCode.Created, (await Account.Post("/v1.1/serviceaccounts", $$"""{"name":"{{new string('n', 100)}}"}""")).Status);
    }
}
