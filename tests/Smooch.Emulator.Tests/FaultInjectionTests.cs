using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class FaultInjectionTests : EmulatorTest
{
    private string AppKeys => $"/v2/apps/{App.AppId}/keys";

    [Theory]
    [InlineData(500, "internal_server_error")]
    [InlineData(502, "bad_gateway")]
    [InlineData(503, "service_unavailable")]
    [InlineData(504, "gateway_timeout")]
    [InlineData(409, "conflict")]
    public async Task Status_fault_answers_the_status_with_the_family_body_for_the_next_N_matches(int status, string code)
    {
        Emulator.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.Status, Count: 2) { Status = status });
        for (int i = 0; i < 2; i++)
        {
            Reply faulted = await Account.Get(AppKeys);
            Assert.Equal(status, faulted.Code);
            Assert.Equal(code, faulted.Json.GetProperty("errors")[0].Str("code"));
        }
        Assert.Equal(HttpStatusCode.OK, (await Account.Get(AppKeys)).Status);
    }

    [Fact]
    public async Task Status_fault_does_not_run_the_handler()
    {
        Emulator.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.Status) { Status = 503 });
        Assert.Equal(503, (await Account.Post(AppKeys, """{"displayName":"k"}""")).Code);
        Assert.Empty((await Account.Get(AppKeys)).Json.GetProperty("keys").EnumerateArray());
    }

    [Theory]
    [InlineData("2")]
    [InlineData("Wed, 21 Oct 2026 07:28:00 GMT")]
    public async Task Rate_limit_fault_sends_429_with_retry_after_and_family_body(string retryAfter)
    {
        Emulator.Control.AddFault(new FaultRule("*", "/v1.1/**", FaultKind.RateLimit) { RetryAfter = retryAfter });
        Reply reply = await Account.Get("/v1.1/serviceaccounts");
        Assert.Equal(HttpStatusCode.TooManyRequests, reply.Status);
        Assert.Equal(retryAfter, string.Join(",", reply.Message.Headers.GetValues("Retry-After")));
        Assert.Equal("too_many_requests", reply.Json.GetProperty("error").Str("code"));
        Assert.Equal(HttpStatusCode.OK, (await Account.Get("/v1.1/serviceaccounts")).Status);
    }

    [Fact]
    public async Task Rate_limit_on_organization_routes_uses_the_organization_body()
    {
        Emulator.Control.AddFault(new FaultRule("POST", "/service-account-token", FaultKind.RateLimit));
        Reply reply = await Anonymous.Post("/service-account-token", "{}");
        Assert.Equal(429, reply.Code);
        Assert.Equal("rate_limited", reply.Json.Str("code"));
        Assert.Equal(429, reply.Json.GetProperty("status").GetInt32());
        Assert.False(reply.Message.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Drop_connection_fails_the_request_without_a_response()
    {
        Emulator.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.DropConnection));
        await Assert.ThrowsAsync<HttpRequestException>(() => Account.GetAsync(AppKeys.TrimStart('/')));
        await WaitUntil(() => Emulator.Control.Journal.Count == 1);
        JournalEntry dropped = Emulator.Control.Journal[0];
        Assert.Equal((0, "DropConnection"), (dropped.Status, dropped.Fault));
        Assert.Equal(HttpStatusCode.OK, (await Account.Get(AppKeys)).Status);
    }

    [Fact]
    public async Task Truncated_body_is_valid_http_but_incomplete_json_and_the_request_was_handled()
    {
        Emulator.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.TruncatedBody));
        Reply reply = await Account.Post(AppKeys, """{"displayName":"k"}""");
        Assert.Equal(HttpStatusCode.Created, reply.Status);
        Assert.StartsWith("{\"key\":", reply.Text);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(reply.Text));
        Assert.Single((await Account.Get(AppKeys)).Json.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task Malformed_json_replaces_the_body()
    {
        Emulator.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.MalformedJson));
        Reply reply = await Account.Get("/v1.1/serviceaccounts");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(reply.Text));
    }

    [Fact]
    public async Task Extra_fields_are_added_to_every_object_and_the_real_fields_survive()
    {
        await Account.Post(AppKeys, """{"displayName":"k"}""");
        Emulator.Control.AddFault(new FaultRule("GET", "/v2/**", FaultKind.ExtraFields));
        Reply reply = await Account.Get(AppKeys);
        JsonElement key = reply.Json.GetProperty("keys")[0];
        Assert.Equal("k", key.Str("displayName"));
        Assert.Equal("ignore me", key.Str("emulatorUnknownField"));
        Assert.True(reply.Json.TryGetProperty("emulatorUnknownObject", out _));
    }

    [Fact]
    public async Task Delay_fault_waits_then_handles_normally()
    {
        Emulator.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.Delay) { Delay = TimeSpan.FromMilliseconds(50) });
        Assert.Equal(HttpStatusCode.OK, (await Account.Get(AppKeys)).Status);
        Assert.Equal("Delay", Emulator.Control.Journal.Single().Fault);
    }

    [Fact]
    public async Task Delay_longer_than_the_client_timeout_makes_the_client_time_out_and_the_create_does_not_happen()
    {
        Emulator.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.Delay) { Delay = TimeSpan.FromSeconds(30) });
        using HttpClient impatient = Basic(Emulator.AccountKeyId, Emulator.AccountSecret);
        impatient.Timeout = TimeSpan.FromMilliseconds(300);
        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => impatient.Post(AppKeys, """{"displayName":"late"}"""));
        await WaitUntil(() => Emulator.Control.Journal.Count == 1);
        Assert.Empty((await Account.Get(AppKeys)).Json.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task Rules_match_method_and_glob_only()
    {
        Emulator.Control.AddFault(new FaultRule("DELETE", "/v2/apps/*/keys/*", FaultKind.Status) { Status = 500 });
        Assert.Equal(HttpStatusCode.OK, (await Account.Get(AppKeys)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Account.Get("/v1.1/serviceaccounts")).Status);
        string id = (await Account.Post(AppKeys, """{"displayName":"k"}""")).Json.GetProperty("key").Str("id");
        Assert.Equal(500, (await Account.Delete($"{AppKeys}/{id}")).Code);
        Assert.Equal(HttpStatusCode.OK, (await Account.Delete($"{AppKeys}/{id}")).Status);
    }

    [Fact]
    public async Task Clear_faults_disarms_everything()
    {
        Emulator.Control.AddFault(new FaultRule("*", "/**", FaultKind.Status, Count: 100));
        Emulator.Control.ClearFaults();
        Assert.Equal(HttpStatusCode.OK, (await Account.Get(AppKeys)).Status);
    }

    [Fact]
    public void Invalid_rules_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Emulator.Control.AddFault(new FaultRule("GET", "no-slash", FaultKind.Status)));
        Assert.Throws<ArgumentException>(() => Emulator.Control.AddFault(new FaultRule("GET", "/x", FaultKind.Status, Count: 0)));
        Assert.Throws<ArgumentException>(() => Emulator.Control.AddFault(new FaultRule("GET", "/x", FaultKind.Status) { Status = 200 }));
    }

    [Fact]
    public async Task Faults_can_be_armed_over_http_with_camel_case_json()
    {
        Reply armed = await Anonymous.Post("/_emulator/faults", """{"method":"GET","pathPattern":"/v2/apps/*/keys","kind":"rateLimit","count":1,"retryAfter":3}""");
        Assert.Equal(HttpStatusCode.Created, armed.Status);
        Reply reply = await Account.Get(AppKeys);
        Assert.Equal(429, reply.Code);
        Assert.Equal("3", reply.Message.Headers.GetValues("Retry-After").Single());

        await Anonymous.Post("/_emulator/faults", """{"method":"*","pathPattern":"/**","kind":"Status","status":502,"count":5}""");
        Assert.Equal(HttpStatusCode.NoContent, (await Anonymous.Delete("/_emulator/faults")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Account.Get(AppKeys)).Status);

        Reply bad = await Anonymous.Post("/_emulator/faults", """{"method":"GET","pathPattern":"/x","kind":"Explode"}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
    }

    [Theory]
    [InlineData("""{"method":"GET","pathPattern":"/v1.1/serviceaccounts","kind":"Delay","delay":"00:00:00.020"}""")]
    [InlineData("""{"method":"GET","pathPattern":"/v1.1/serviceaccounts","kind":"delay","delayMs":20}""")]
    public async Task Delay_faults_accept_a_time_span_or_milliseconds_over_http(string rule)
    {
        Assert.Equal(HttpStatusCode.Created, (await Anonymous.Post("/_emulator/faults", rule)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Account.Get("/v1.1/serviceaccounts")).Status);
        Assert.Equal("Delay", Emulator.Control.Journal.Single().Fault);
    }

    [Theory]
    [InlineData("""{"method":"GET","pathPattern":"no-slash","kind":"Status"}""")]
    [InlineData("""{"method":"GET","pathPattern":"/x","kind":"Status","count":0}""")]
    [InlineData("""{"pathPattern":"/x","kind":"Status"}""")]
    [InlineData("""{"method":"GET","pathPattern":"/x","kind":"Delay","delay":"soon"}""")]
    public async Task Bad_fault_rules_over_http_are_400(string rule) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await Anonymous.Post("/_emulator/faults", rule)).Status);

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (int i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }
}
