using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

/// <summary>The fault kinds clients use to prove what they do with an echoed credential, a redirect and a dropped connection.</summary>
public sealed class FaultEchoRedirectDropTests : EmulatorTest
{
    private string AppKeys => $"/v2/apps/{App.AppId}/keys";

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Dropped_connection_is_journaled_with_status_0_for_get_and_post(string method)
    {
        // Kestrel signals the abort to RequestAborted on the thread pool, so one drop may or may not race; several make
        // a journal that read the response status instead of the fault show up.
        const int drops = 20;
        Emulator.Control.AddFault(new FaultRule(method, "/v2/apps/*/keys", FaultKind.DropConnection, Count: drops));
        for (int i = 0; i < drops; i++)
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => Account.Send(new HttpMethod(method), AppKeys, method == "POST" ? """{"displayName":"k"}""" : null));
        }
        Assert.True(Emulator.Control.WaitUntilIdle(TimeSpan.FromSeconds(10)));
        Assert.Equal(Enumerable.Repeat((method, 0, "DropConnection"), drops), Emulator.Control.Journal.Select(e => (e.Method, e.Status, e.Fault!)));
        Assert.Empty((await Account.Get(AppKeys)).Json.GetProperty("keys").EnumerateArray());
    }

    [Theory]
    [InlineData(EchoForm.Header)]
    [InlineData(EchoForm.Raw)]
    [InlineData(EchoForm.Base64)]
    [InlineData(EchoForm.UrlEncoded)]
    public async Task Echo_credential_quotes_the_basic_secret_in_the_requested_form(EchoForm form)
    {
        const string secret = "s3cr+t/with=odd&chars";
        using HttpClient client = Basic("act_echo", secret);
        Emulator.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.EchoCredential) { Echo = form });
        Reply reply = await client.Get("/v1.1/serviceaccounts");
        string expected = form switch
        {
            EchoForm.Header => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("act_echo:" + secret)),
            EchoForm.Base64 => Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)),
            EchoForm.UrlEncoded => Uri.EscapeDataString(secret),
            _ => secret,
        };
        Assert.Equal(400, reply.Code);
        Assert.Equal("Invalid key act_echo:" + expected, reply.Json.GetProperty("error").Str("description"));
    }

    [Fact]
    public async Task Echo_credential_quotes_a_bearer_token_in_the_v2_title_inside_padding()
    {
        using HttpClient client = Bearer("header.payload.signature");
        Emulator.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.EchoCredential) { Echo = EchoForm.Raw, Status = 401, PadBytes = 1024 * 1024 });
        Reply reply = await client.Get(AppKeys);
        string title = reply.Json.GetProperty("errors")[0].Str("title");
        Assert.Equal(401, reply.Code);
        Assert.InRange(title.Length, 1024 * 1024, 1024 * 1024 + 2);
        Assert.Contains(" Invalid key token:header.payload.signature ", title, StringComparison.Ordinal);
        Assert.StartsWith("xxxx", title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    public async Task Redirect_answers_the_status_and_location_without_handling_the_request(int status)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = Emulator.BaseAddress };
        client.DefaultRequestHeaders.Authorization = Support.Http.BasicAuth(Emulator.AccountKeyId, Emulator.AccountSecret);
        Emulator.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.Redirect) { Status = status, Location = "https://elsewhere.example/v2/keys?token=abc" });
        Reply reply = await client.Post(AppKeys, """{"displayName":"k"}""");
        Assert.Equal(status, reply.Code);
        Assert.Equal("https://elsewhere.example/v2/keys?token=abc", reply.Message.Headers.Location!.OriginalString);
        Assert.Empty((await Account.Get(AppKeys)).Json.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task Control_endpoint_arms_echo_and_redirect_faults_and_refuses_bad_ones()
    {
        Assert.Equal(201, (await Anonymous.Post("/_emulator/faults", """{"method":"GET","pathPattern":"/v1.1/**","kind":"echoCredential","echo":"base64","padBytes":100}""")).Code);
        using HttpClient client = Basic("act_x", "pw");
        Reply echoed = await client.Get("/v1.1/serviceaccounts");
        Assert.Contains("act_x:" + Convert.ToBase64String(Encoding.UTF8.GetBytes("pw")) + " ", echoed.Json.GetProperty("error").Str("description"), StringComparison.Ordinal);
        Assert.Equal(201, (await Anonymous.Post("/_emulator/faults", """{"method":"GET","pathPattern":"/v1.1/**","kind":"redirect","status":307,"location":"/moved"}""")).Code);
        Assert.Equal(400, (await Anonymous.Post("/_emulator/faults", """{"method":"GET","pathPattern":"/v1.1/**","kind":"redirect"}""")).Code);
        Assert.Equal(400, (await Anonymous.Post("/_emulator/faults", """{"method":"GET","pathPattern":"/v1.1/**","kind":"echoCredential","echo":"rot13"}""")).Code);
        Assert.Equal(400, (await Anonymous.Post("/_emulator/faults", """{"method":"GET","pathPattern":"/v1.1/**","kind":"redirect","status":200,"location":"/x"}""")).Code);
    }

    [Fact]
    public async Task Truncated_body_can_be_cut_just_after_a_given_text()
    {
        Emulator.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.TruncatedBody) { TruncateAfter = "\"secret\":\"" });
        Reply reply = await Account.Post(AppKeys, """{"displayName":"k"}""");
        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.EndsWith("\"secret\":\"", reply.Text, StringComparison.Ordinal);
        Assert.Single((await Account.Get(AppKeys)).Json.GetProperty("keys").EnumerateArray());
    }
}
