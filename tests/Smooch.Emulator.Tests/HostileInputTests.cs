using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

/// <summary>Bad input gets the family's error body; nothing crashes (no 500) and state is unchanged.</summary>
public sealed class HostileInputTests : OrganizationTest
{
    [Theory]
    [InlineData("/v1.1/serviceaccounts/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/v1.1/serviceaccounts/%2e%2e")]
    [InlineData("/v1.1/serviceaccounts/%E2%98%83")]
    [InlineData("/v1.1/serviceaccounts/0123456789abcdef01234567%20")]
    [InlineData("/v2/apps/..%5C..%5Cwindows/keys")]
    [InlineData("/v2/apps/%2F%2F/keys/app_x")]
    [InlineData("/v2/apps/0123456789ABCDEF01234567/keys")]
    public async Task Path_tricks_in_sunshine_ids_are_404_with_the_family_body(string path)
    {
        Reply reply = await Account.Send(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Contains(reply.ErrorCode(), new[] { "not_found", "app_not_found" });
    }

    [Fact]
    public async Task Nul_in_the_path_is_refused_by_the_server_layer()
    {
        Reply reply = await Account.Get("/v1.1/serviceaccounts/abc%00def");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Fact]
    public async Task Very_long_ids_are_rejected_without_error()
    {
        Reply sunshine = await Account.Get("/v1.1/serviceaccounts/" + new string('a', 5000));
        Assert.Equal(HttpStatusCode.NotFound, sunshine.Status);
        using HttpClient org = await OrgClient(OrgOne);
        Reply organizationApi = await org.Get($"{ServiceAccounts(OrgOne)}/{new string('z', 1000)}/credentials");
        Assert.Equal(HttpStatusCode.BadRequest, organizationApi.Status);
        Assert.Equal("bad_request", organizationApi.Json.Str("code"));
    }

    [Theory]
    [InlineData("/v1.1/serviceaccounts", "name")]
    [InlineData("/v2/apps/{app}/keys", "displayName")]
    [InlineData("/organizations/org-one/service-accounts", "name")]
    public async Task Bodies_over_100_kB_get_413_in_the_family_shape(string template, string field)
    {
        using HttpClient org = await OrgClient(OrgOne);
        HttpClient client = template.StartsWith("/organizations", StringComparison.Ordinal) ? org : Account;
        string path = template.Replace("{app}", App.AppId);
        string body = $"{{\"{field}\":\"x\",\"padding\":\"{new string('p', 101 * 1024)}\"}}";
        Reply reply = await client.Post(path, body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal("payload_too_large", reply.ErrorCode());

        string justUnder = $"{{\"{field}\":\"ok\",\"padding\":\"{new string('p', 99 * 1024)}\"}}";
        Assert.True((await client.Post(path, justUnder)).Code is 200 or 201);
    }

    [Fact]
    public async Task Chunked_oversized_body_without_content_length_is_also_413()
    {
        var content = new StreamContent(new System.IO.MemoryStream(Encoding.UTF8.GetBytes("{\"name\":\"" + new string('q', 150 * 1024) + "\"}")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1.1/serviceaccounts") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        HttpResponseMessage response = await Account.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"\ud800"}""")]
    [InlineData("""{"name":"ok","name":"dup"}""")]
    [InlineData("""{"name":["a"]}""")]
    [InlineData("""{"name":true}""")]
    [InlineData("""{"name":"a"} trailing""")]
    [InlineData("""{"name":1e309}""")]
    [InlineData("\"just a string\"")]
    public async Task Odd_json_never_crashes_and_never_creates(string body)
    {
        Reply reply = await Account.Post("/v1.1/serviceaccounts", body);
        Assert.True(reply.Code is 400 or 201, $"{reply.Code}: {reply.Text}");
        Assert.NotEqual(500, reply.Code);
        if (reply.Code == 400)
        {
            Assert.Equal("bad_request", reply.ErrorCode());
        }
    }

    [Fact]
    public async Task Unknown_routes_get_404_in_the_family_shape()
    {
        Assert.Equal("not_found", (await Account.Get("/v1.1/nothing")).Json.GetProperty("error").Str("code"));
        Assert.Equal("not_found", (await Account.Get("/v2/nothing")).Json.GetProperty("errors")[0].Str("code"));
        Reply organizationApi = await Anonymous.Get("/organizations/x/nothing");
        Assert.Equal(404, organizationApi.Json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Known_paths_with_another_method_get_405_in_the_family_shape()
    {
        Reply v2 = await Account.Put($"/v2/apps/{App.AppId}/keys", "{}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, v2.Status);
        Assert.Equal("method_not_allowed", v2.Json.GetProperty("errors")[0].Str("code"));
        Reply v1 = await Account.Patch("/v1.1/serviceaccounts", "{}");
        Assert.Equal("method_not_allowed", v1.Json.GetProperty("error").Str("code"));
        Reply organizationApi = await Anonymous.Get("/service-account-token");
        Assert.Equal(405, organizationApi.Json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Deeply_nested_json_is_a_400()
    {
        string nested = new string('[', 5000) + new string(']', 5000);
        Reply reply = await Account.Post($"/v2/apps/{App.AppId}/keys", $"{{\"displayName\":\"x\",\"deep\":{nested}}}");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }
}
