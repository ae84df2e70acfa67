using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class TokenEndpointTests : OrganizationTest
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    protected override EmulatorOptions CreateOptions()
    {
        EmulatorOptions options = base.CreateOptions();
        options.TimeProvider = _clock;
        options.TokenLifetime = TimeSpan.FromMinutes(5);
        return options;
    }

    [Fact]
    public async Task Basic_client_auth_yields_a_bearer_token_with_expires_in_and_marks_the_credential_used()
    {
        Reply reply = await RequestToken(OrgOne.ClientId, OrgOne.ClientSecret);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Bearer", reply.Json.Str("token_type"));
        Assert.Equal(300, reply.Json.GetProperty("expires_in").GetInt32());
        Assert.False(string.IsNullOrEmpty(reply.Json.Str("access_token")));

        using HttpClient org = Bearer(reply.Json.Str("access_token"));
        Reply credential = await org.Get($"{Credentials(OrgOne)}/{OrgOne.CredentialId}");
        Assert.Equal("2026-01-01T00:00:00.000Z", credential.Json.Str("last_used_at"));
    }

    [Fact]
    public async Task Form_field_client_auth_works_and_both_at_once_is_400()
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = OrgOne.ClientId,
            ["client_secret"] = OrgOne.ClientSecret,
        };
        HttpResponseMessage ok = await Anonymous.PostAsync("service-account-token", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        using HttpClient basic = Basic(OrgOne.ClientId, OrgOne.ClientSecret);
        HttpResponseMessage both = await basic.PostAsync("service-account-token", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("")]
    public async Task Other_grant_types_are_400(string grant)
    {
        using HttpClient basic = Basic(OrgOne.ClientId, OrgOne.ClientSecret);
        HttpResponseMessage reply = await basic.PostAsync("service-account-token",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = grant }));
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
    }

    [Fact]
    public async Task Json_body_instead_of_form_is_400()
    {
        Reply reply = await Anonymous.Post("/service-account-token", """{"grant_type":"client_credentials"}""");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task Wrong_secret_or_unknown_client_is_401(bool rightClient, bool rightSecret)
    {
        Reply reply = await RequestToken(rightClient ? OrgOne.ClientId : "nobody", rightSecret ? OrgOne.ClientSecret : "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal(401, reply.Json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Tokens_expire_after_the_configured_lifetime()
    {
        using HttpClient org = await OrgClient(OrgOne);
        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(HttpStatusCode.OK, (await org.Get(ServiceAccounts(OrgOne))).Status);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Reply expired = await org.Get(ServiceAccounts(OrgOne));
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal("unauthorized", expired.Json.Str("code"));
    }

    [Fact]
    public async Task Deleting_the_credential_revokes_its_tokens_at_once()
    {
        using HttpClient admin = await OrgClient(OrgOne);
        JsonElement credential = (await admin.Post(Credentials(OrgOne), """{"name":"temp"}""")).Json;
        using HttpClient temp = Bearer((await RequestToken(credential.Str("client_id"), credential.Str("client_secret"))).Json.Str("access_token"));
        Assert.Equal(HttpStatusCode.OK, (await temp.Get(ServiceAccounts(OrgOne))).Status);
        await admin.Delete($"{Credentials(OrgOne)}/{credential.Str("id")}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await temp.Get(ServiceAccounts(OrgOne))).Status);
    }

    [Fact]
    public async Task Token_works_only_for_its_own_organization()
    {
        using HttpClient org = await OrgClient(OrgOne);
        Reply other = await org.Get(ServiceAccounts(OrgTwo));
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("forbidden", other.Json.Str("code"));
        Assert.Equal(HttpStatusCode.Forbidden, (await org.Post(ServiceAccounts(OrgTwo), """{"name":"x"}""")).Status);
    }

    [Fact]
    public async Task Org_token_is_not_a_sunshine_credential_and_sunshine_keys_are_not_org_credentials()
    {
        using HttpClient org = await OrgClient(OrgOne);
        Assert.Equal(HttpStatusCode.Unauthorized, (await org.Get("/v2/apps")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await org.Get("/v1.1/serviceaccounts")).Status);
        Reply sunshineOnOrg = await Account.Get(ServiceAccounts(OrgOne));
        Assert.Equal(HttpStatusCode.Unauthorized, sunshineOnOrg.Status);
        Assert.Equal("unauthorized", sunshineOnOrg.Json.Str("code"));
        using HttpClient clientCredentialsAsBasic = Basic(OrgOne.ClientId, OrgOne.ClientSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await clientCredentialsAsBasic.Get(ServiceAccounts(OrgOne))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Get(ServiceAccounts(OrgOne))).Status);
        using HttpClient forged = Bearer("kct_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.Get(ServiceAccounts(OrgOne))).Status);
    }
}
