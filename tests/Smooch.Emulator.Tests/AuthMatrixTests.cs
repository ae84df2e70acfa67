using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

/// <summary>Sunshine auth (docs/contract/README.md#authentication): Basic and HS256 JWT; act_/svc_/app_/int_ permissions.</summary>
public sealed class AuthMatrixTests : EmulatorTest
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    protected override EmulatorOptions CreateOptions()
    {
        EmulatorOptions options = base.CreateOptions();
        options.TimeProvider = _clock;
        return options;
    }

    private string AppKeys => $"/v2/apps/{App.AppId}/keys";
    private string IntegrationKeys => $"/v2/apps/{App.AppId}/integrations/{App.CustomIntegrationIds[0]}/keys";

    [Fact]
    public async Task Missing_or_wrong_basic_credentials_are_401_in_each_family_shape()
    {
        Reply v1 = await Anonymous.Get("/v1.1/serviceaccounts");
        Assert.Equal(HttpStatusCode.Unauthorized, v1.Status);
        Assert.Equal("Authorization is required", v1.Json.GetProperty("error").Str("description"));
        Reply v2 = await Anonymous.Get(AppKeys);
        Assert.Equal("unauthorized", v2.Json.GetProperty("errors")[0].Str("code"));
        Assert.Equal("Authorization is required", v2.Json.GetProperty("errors")[0].Str("title"));

        using var wrongSecret = Basic(Emulator.AccountKeyId, Emulator.AccountSecret + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongSecret.Get(AppKeys)).Status);
        using var unknownKey = Basic("act_0123456789abcdef01234567", Emulator.AccountSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknownKey.Get(AppKeys)).Status);
        using var garbage = NewClient();
        garbage.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "!!!not-base64");
        Assert.Equal(HttpStatusCode.Unauthorized, (await garbage.Get(AppKeys)).Status);
        using var noColon = NewClient();
        noColon.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("justauser")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await noColon.Get(AppKeys)).Status);
        using var otherScheme = NewClient();
        otherScheme.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Digest", "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherScheme.Get(AppKeys)).Status);
    }

    [Fact]
    public async Task Valid_account_jwt_is_accepted_on_every_family_route()
    {
        using var jwt = Bearer(TestJwt.Hs256(Emulator.AccountKeyId, Emulator.AccountSecret, "account"));
        Assert.Equal(HttpStatusCode.OK, (await jwt.Get("/v1.1/serviceaccounts")).Status);
        Assert.Equal(HttpStatusCode.OK, (await jwt.Get(AppKeys)).Status);
        Assert.Equal(HttpStatusCode.OK, (await jwt.Get(IntegrationKeys)).Status);
    }

    public static TheoryData<string, string> ForgedHeaders => new()
    {
        { "none alg", """{"alg":"none","typ":"JWT","kid":"KID"}""" },
        { "HS512", """{"alg":"HS512","typ":"JWT","kid":"KID"}""" },
        { "RS256", """{"alg":"RS256","typ":"JWT","kid":"KID"}""" },
        { "lower-case alg", """{"alg":"hs256","typ":"JWT","kid":"KID"}""" },
        { "no alg", """{"typ":"JWT","kid":"KID"}""" },
        { "no kid", """{"alg":"HS256","typ":"JWT"}""" },
        { "lone surrogate kid", """{"alg":"HS256","typ":"JWT","kid":"\ud800"}""" },
        { "header not an object", """["HS256"]""" },
        { "unknown kid", """{"alg":"HS256","typ":"JWT","kid":"act_0123456789abcdef01234567"}""" },
    };

    [Theory]
    [MemberData(nameof(ForgedHeaders))]
    public async Task Forged_jwt_headers_are_401(string why, string header)
    {
        string token = TestJwt.Sign(header.Replace("KID", Emulator.AccountKeyId), """{"scope":"account"}""", Emulator.AccountSecret);
        using var client = Bearer(token);
        Reply reply = await client.Get(AppKeys);
        Assert.True(reply.Status == HttpStatusCode.Unauthorized, why);
    }

    [Fact]
    public async Task Unsigned_and_badly_signed_tokens_are_401()
    {
        string good = TestJwt.Hs256(Emulator.AccountKeyId, Emulator.AccountSecret, "account");
        string[] parts = good.Split('.');
        string[] bad =
        {
            parts[0] + "." + parts[1] + ".",                                                    // unsigned
            parts[0] + "." + parts[1],                                                          // two segments
            TestJwt.Hs256(Emulator.AccountKeyId, "some-other-secret", "account"),               // wrong key
            parts[0] + "." + TestJwt.Segment("""{"scope":"account","admin":true}""") + "." + parts[2], // payload swapped
            "not.a.jwt",
            TestJwt.Sign("""{"alg":"none","kid":"K"}""".Replace("K", Emulator.AccountKeyId), """{"scope":"account"}""", "").Split('.')[0] + "." + parts[1] + ".",
        };
        foreach (string token in bad)
        {
            using var client = Bearer(token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.Get(AppKeys)).Status);
        }
    }

    [Fact]
    public async Task Scope_must_match_the_key_type()
    {
        using var actAsApp = Bearer(TestJwt.Hs256(Emulator.AccountKeyId, Emulator.AccountSecret, "app"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await actAsApp.Get(AppKeys)).Status);
        using var noScope = Bearer(TestJwt.Sign($$"""{"alg":"HS256","kid":"{{Emulator.AccountKeyId}}"}""", "{}", Emulator.AccountSecret));
        Assert.Equal(HttpStatusCode.Unauthorized, (await noScope.Get(AppKeys)).Status);

        JsonElement appKey = (await Account.Post(AppKeys, """{"displayName":"k"}""")).Json.GetProperty("key");
        using var appAsAccount = Bearer(TestJwt.Hs256(appKey.Str("id"), appKey.Str("secret"), "account"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await appAsAccount.Get(IntegrationKeys)).Status);
        using var appAsApp = Bearer(TestJwt.Hs256(appKey.Str("id"), appKey.Str("secret"), "app"));
        Assert.Equal(HttpStatusCode.OK, (await appAsApp.Get(IntegrationKeys)).Status);
    }

    [Fact]
    public async Task Expired_jwt_is_401_and_future_exp_is_accepted()
    {
        long now = _clock.GetUtcNow().ToUnixTimeSeconds();
        using var expired = Bearer(TestJwt.Hs256(Emulator.AccountKeyId, Emulator.AccountSecret, "account", $",\"exp\":{now - 1}"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.Get(AppKeys)).Status);
        using var valid = Bearer(TestJwt.Hs256(Emulator.AccountKeyId, Emulator.AccountSecret, "account", $",\"exp\":{now + 60}"));
        Assert.Equal(HttpStatusCode.OK, (await valid.Get(AppKeys)).Status);
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Unauthorized, (await valid.Get(AppKeys)).Status);
        using var textExp = Bearer(TestJwt.Hs256(Emulator.AccountKeyId, Emulator.AccountSecret, "account", ",\"exp\":\"tomorrow\""));
        Assert.Equal(HttpStatusCode.Unauthorized, (await textExp.Get(AppKeys)).Status);
    }

    [Fact]
    public async Task Service_account_keys_manage_app_keys_of_their_apps_but_not_service_accounts()
    {
        string sa = (await Account.Post("/v1.1/serviceaccounts", """{"name":"Svc"}""")).Json.GetProperty("serviceAccount").Str("_id");
        var (keyId, secret) = Emulator.Control.CreateServiceAccountKey(sa, "k");
        foreach (HttpClient svc in new[] { Basic(keyId, secret), Bearer(TestJwt.Hs256(keyId, secret, "account")) })
        {
            using (svc)
            {
                Reply serviceAccounts = await svc.Get("/v1.1/serviceaccounts");
                Assert.Equal(HttpStatusCode.Forbidden, serviceAccounts.Status);
                Assert.Equal("forbidden", serviceAccounts.Json.GetProperty("error").Str("code"));
                Assert.Equal(HttpStatusCode.Forbidden, (await svc.Post("/v1.1/serviceaccounts", """{"name":"x"}""")).Status);
                Assert.Equal(HttpStatusCode.Forbidden, (await svc.Get($"/v1.1/serviceaccounts/{sa}/keys")).Status);

                Reply otherApp = await svc.Get(AppKeys);
                Assert.Equal(HttpStatusCode.NotFound, otherApp.Status);
                Assert.Equal("app_not_found", otherApp.ErrorCode());
                Assert.Equal(HttpStatusCode.NotFound, (await svc.Get(IntegrationKeys)).Status);
            }
        }

        Emulator.Control.GrantAppAccess(sa, App.AppId);
        using var granted = Basic(keyId, secret);
        Assert.Equal(HttpStatusCode.Created, (await granted.Post(AppKeys, """{"displayName":"by svc"}""")).Status);
        Assert.Equal(HttpStatusCode.Created, (await granted.Post(IntegrationKeys, """{"displayName":"by svc"}""")).Status);
    }

    [Fact]
    public async Task App_keys_reach_only_their_own_apps_integration_keys()
    {
        JsonElement appKey = (await Account.Post(AppKeys, """{"displayName":"k"}""")).Json.GetProperty("key");
        SeededApp other = Emulator.Control.SeedApps(1, 1)[0];
        using var app = Basic(appKey.Str("id"), appKey.Str("secret"));

        Assert.Equal(HttpStatusCode.OK, (await app.Get(IntegrationKeys)).Status);
        Assert.Equal(HttpStatusCode.Created, (await app.Post(IntegrationKeys, """{"displayName":"by app"}""")).Status);
        Reply otherApp = await app.Get($"/v2/apps/{other.AppId}/integrations/{other.CustomIntegrationIds[0]}/keys");
        Assert.Equal(HttpStatusCode.Forbidden, otherApp.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Get(AppKeys)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Post(AppKeys, """{"displayName":"x"}""")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Get("/v1.1/serviceaccounts")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Get("/v2/apps")).Status);
    }

    [Fact]
    public async Task Integration_keys_are_forbidden_on_credential_routes()
    {
        JsonElement key = (await Account.Post(IntegrationKeys, """{"displayName":"k"}""")).Json.GetProperty("key");
        using var integration = Basic(key.Str("id"), key.Str("secret"));
        Assert.Equal(HttpStatusCode.Forbidden, (await integration.Get(IntegrationKeys)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await integration.Get(AppKeys)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await integration.Get("/v1.1/serviceaccounts")).Status);
        using var asAccount = Bearer(TestJwt.Hs256(key.Str("id"), key.Str("secret"), "account"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await asAccount.Get(IntegrationKeys)).Status);
    }

    [Fact]
    public async Task Deleted_service_account_key_stops_jwt_auth_at_once()
    {
        string sa = (await Account.Post("/v1.1/serviceaccounts", """{"name":"Svc"}""")).Json.GetProperty("serviceAccount").Str("_id");
        var (keyId, secret) = Emulator.Control.CreateServiceAccountKey(sa, "k");
        using var jwt = Bearer(TestJwt.Hs256(keyId, secret, "account"));
        Assert.Equal(HttpStatusCode.OK, (await jwt.Get("/v2/apps")).Status);
        await Account.Delete($"/v1.1/serviceaccounts/{sa}/keys/{keyId}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await jwt.Get("/v2/apps")).Status);
    }

    [Fact]
    public async Task Error_bodies_never_echo_the_presented_secret_or_token()
    {
        string token = TestJwt.Hs256(Emulator.AccountKeyId, "guessed-secret", "account");
        using var jwt = Bearer(token);
        Reply reply = await jwt.Get(AppKeys);
        Assert.DoesNotContain(token.Split('.')[2], reply.Text);
        using var basic = Basic(Emulator.AccountKeyId, "guessed-secret-value");
        Assert.DoesNotContain("guessed-secret-value", (await basic.Get(AppKeys)).Text);
    }
}
