using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class OrganizationRoutesTests : OrganizationTest
{
    [Fact]
    public async Task Service_account_create_200_retrieve_patch_delete_204()
    {
        using HttpClient org = await OrgClient(OrgOne);
        Reply created = await org.Post(ServiceAccounts(OrgOne), """{"name":"deployer","description":"CI"}""");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        string id = created.Json.Str("id");
        Assert.Matches("^[a-z0-9]{26}$", id);
        Assert.Equal("deployer", created.Json.Str("name"));
        Assert.Equal("CI", created.Json.Str("description"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", created.Json.Str("created_at"));
        Assert.False(created.Json.TryGetProperty("permissions", out _));

        Reply patched = await org.Patch($"{ServiceAccounts(OrgOne)}/{id}", """{"name":"renamed"}""");
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("renamed", patched.Json.Str("name"));
        Assert.Equal("CI", patched.Json.Str("description"));
        Reply cleared = await org.Patch($"{ServiceAccounts(OrgOne)}/{id}", """{"description":null}""");
        Assert.False(cleared.Json.TryGetProperty("description", out _));
        Assert.Equal("renamed", cleared.Json.Str("name"));
        Assert.Equal(HttpStatusCode.OK, (await org.Patch($"{ServiceAccounts(OrgOne)}/{id}", "{}")).Status);

        Assert.Equal("renamed", (await org.Get($"{ServiceAccounts(OrgOne)}/{id}")).Json.Str("name"));
        Reply deleted = await org.Delete($"{ServiceAccounts(OrgOne)}/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal("", deleted.Text);
        Reply gone = await org.Get($"{ServiceAccounts(OrgOne)}/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal(404, gone.Json.GetProperty("status").GetInt32());
        Assert.Equal("not_found", gone.Json.Str("code"));
        Assert.False(string.IsNullOrEmpty(gone.Json.Str("message")));
    }

    [Fact]
    public async Task Organization_label_works_in_the_path()
    {
        using HttpClient org = await OrgClient(OrgOne);
        Reply reply = await org.Get("/organizations/acme/service-accounts");
        Assert.Equal(OrgOne.ServiceAccountId, Assert.Single(Items(reply)).Str("id"));
    }

    [Fact]
    public async Task Credential_create_returns_the_secret_once_and_never_again()
    {
        using HttpClient org = await OrgClient(OrgOne);
        Reply created = await org.Post(Credentials(OrgOne), """{"name":"ci","description":"pipeline"}""");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        string id = created.Json.Str("id");
        string secret = created.Json.Str("client_secret");
        Assert.Matches("^[A-Za-z0-9]{64}$", secret);
        Assert.Matches("^[A-Za-z0-9]{21}$", created.Json.Str("client_id"));
        Assert.False(created.Json.TryGetProperty("last_used_at", out _));

        Reply got = await org.Get($"{Credentials(OrgOne)}/{id}");
        Assert.DoesNotContain(secret, got.Text);
        Assert.False(got.Json.TryGetProperty("client_secret", out _));
        Reply list = await org.Get(Credentials(OrgOne));
        Assert.DoesNotContain(secret, list.Text);
        Assert.Equal(2, Items(list).Length);

        Reply patched = await org.Patch($"{Credentials(OrgOne)}/{id}", """{"name":"ci-2"}""");
        Assert.Equal("ci-2", patched.Json.Str("name"));
        Assert.Equal(HttpStatusCode.NoContent, (await org.Delete($"{Credentials(OrgOne)}/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Get($"{Credentials(OrgOne)}/{id}")).Status);
    }

    [Fact]
    public async Task Cursor_paging_walks_forward_and_backward_with_page_info()
    {
        var ids = Emulator.Control.SeedOrganizationCredentials(OrgOne.Id, OrgOne.ServiceAccountId, 9).Prepend(OrgOne.CredentialId).ToList();
        using HttpClient org = await OrgClient(OrgOne);

        Reply first = await org.Get(Credentials(OrgOne) + "?limit=4");
        Assert.Equal(ids.Take(4), Items(first).Select(i => i.Str("id")));
        JsonElement info = first.Json.GetProperty("page_info");
        Assert.True(info.GetProperty("has_next_page").GetBoolean());
        Assert.False(info.GetProperty("has_prev_page").GetBoolean());
        Assert.Equal(ids[0], info.Str("start_cursor"));
        Assert.Equal(ids[3], info.Str("end_cursor"));

        Reply second = await org.Get(Credentials(OrgOne) + $"?limit=4&after={info.Str("end_cursor")}");
        Assert.Equal(ids.Skip(4).Take(4), Items(second).Select(i => i.Str("id")));
        Assert.True(second.Json.GetProperty("page_info").GetProperty("has_prev_page").GetBoolean());

        Reply last = await org.Get(Credentials(OrgOne) + $"?limit=4&after={ids[7]}");
        Assert.Equal(ids.Skip(8), Items(last).Select(i => i.Str("id")));
        Assert.False(last.Json.GetProperty("page_info").GetProperty("has_next_page").GetBoolean());

        Reply back = await org.Get(Credentials(OrgOne) + $"?limit=3&before={ids[8]}");
        Assert.Equal(ids.Skip(5).Take(3), Items(back).Select(i => i.Str("id")));
        Assert.True(back.Json.GetProperty("page_info").GetProperty("has_next_page").GetBoolean());
        Assert.True(back.Json.GetProperty("page_info").GetProperty("has_prev_page").GetBoolean());
    }

    [Fact]
    public async Task Paging_continues_after_the_cursor_item_was_deleted()
    {
        var ids = Emulator.Control.SeedOrganizationCredentials(OrgOne.Id, OrgOne.ServiceAccountId, 5).Prepend(OrgOne.CredentialId).ToList();
        using HttpClient org = await OrgClient(OrgOne);
        Reply first = await org.Get(Credentials(OrgOne) + "?limit=2");
        foreach (JsonElement item in Items(first))
        {
            if (item.Str("id") != OrgOne.CredentialId)
            {
                await org.Delete($"{Credentials(OrgOne)}/{item.Str("id")}");
            }
        }
        Reply next = await org.Get(Credentials(OrgOne) + $"?limit=2&after={ids[1]}");
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(ids.Skip(2).Take(2), Items(next).Select(i => i.Str("id")));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("limit=x")]
    [InlineData("after=a&before=b")]
    [InlineData("after=unknown-cursor")]
    [InlineData("expand=everything")]
    public async Task Bad_list_queries_are_400_with_the_organization_body(string query)
    {
        using HttpClient org = await OrgClient(OrgOne);
        Reply reply = await org.Get(ServiceAccounts(OrgOne) + "?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("bad_request", reply.Json.Str("code"));
        Assert.Equal(400, reply.Json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Both_cursors_are_rejected_even_when_valid()
    {
        using HttpClient org = await OrgClient(OrgOne);
        Reply reply = await org.Get(Credentials(OrgOne) + $"?after={OrgOne.CredentialId}&before={OrgOne.CredentialId}");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Theory]
    [InlineData("expand=permissions")]
    [InlineData("expand[]=permissions")]
    [InlineData("expand=total_count,permissions")]
    [InlineData("expand=total_count&expand=permissions")]
    public async Task Expand_permissions_is_accepted_in_every_encoding(string query)
    {
        using HttpClient org = await OrgClient(OrgOne);
        Reply list = await org.Get(ServiceAccounts(OrgOne) + "?" + query);
        Assert.True(list.Json.GetProperty("permissions").GetProperty("organizations").GetProperty("read").GetBoolean());
        Assert.True(Items(list)[0].TryGetProperty("permissions", out _));
        Reply one = await org.Get($"{Credentials(OrgOne)}/{OrgOne.CredentialId}?{query}");
        Assert.True(one.Json.TryGetProperty("permissions", out _));
        Reply plain = await org.Get(ServiceAccounts(OrgOne));
        Assert.False(plain.Json.TryGetProperty("permissions", out _));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"name":""}""")]
    [InlineData("""{"name":5}""")]
    [InlineData("""{"name":"x","description":5}""")]
    [InlineData("nope")]
    public async Task Create_validates_bodies(string body)
    {
        using HttpClient org = await OrgClient(OrgOne);
        Reply reply = await org.Post(ServiceAccounts(OrgOne), body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("bad_request", reply.Json.Str("code"));
    }

    [Fact]
    public async Task Description_is_limited_to_500_characters()
    {
        using HttpClient org = await OrgClient(OrgOne);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Post(ServiceAccounts(OrgOne), $$"""{"name":"x","description":"{{new string('d', 501)}}"}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await org.Post(ServiceAccounts(OrgOne), $$"""{"name":"x","description":"{{new string('d', 500)}}"}""")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Patch($"{ServiceAccounts(OrgOne)}/{OrgOne.ServiceAccountId}", """{"name":null}""")).Status);
    }

    [Fact]
    public async Task Ids_longer_than_255_are_400_and_unknown_ids_404()
    {
        using HttpClient org = await OrgClient(OrgOne);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Get($"{ServiceAccounts(OrgOne)}/{new string('a', 256)}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Get($"{ServiceAccounts(OrgOne)}/{new string('a', 255)}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Get($"{Credentials(OrgOne)}/nosuchcredential")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Get("/organizations/no-such-org/service-accounts")).Status);
    }

    [Fact]
    public async Task Credential_of_another_service_account_is_not_found()
    {
        using HttpClient org = await OrgClient(OrgOne);
        string other = (await org.Post(ServiceAccounts(OrgOne), """{"name":"other"}""")).Json.Str("id");
        Reply reply = await org.Get($"{ServiceAccounts(OrgOne)}/{other}/credentials/{OrgOne.CredentialId}");
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }

    [Fact]
    public async Task Deleting_a_service_account_deletes_its_credentials_and_their_tokens()
    {
        using HttpClient org = await OrgClient(OrgOne);
        string sa = (await org.Post(ServiceAccounts(OrgOne), """{"name":"short-lived"}""")).Json.Str("id");
        JsonElement credential = (await org.Post($"{ServiceAccounts(OrgOne)}/{sa}/credentials", """{"name":"c"}""")).Json;
        Reply token = await RequestToken(credential.Str("client_id"), credential.Str("client_secret"));
        using HttpClient viaNew = Bearer(token.Json.Str("access_token"));
        Assert.Equal(HttpStatusCode.OK, (await viaNew.Get(ServiceAccounts(OrgOne))).Status);

        await org.Delete($"{ServiceAccounts(OrgOne)}/{sa}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await viaNew.Get(ServiceAccounts(OrgOne))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestToken(credential.Str("client_id"), credential.Str("client_secret"))).Status);
    }
}
