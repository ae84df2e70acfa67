using System;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;
using Smooch.Client.Tests.Unit;
using Smooch.Client.Verification;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Verification;

/// <summary>CredentialCheck against the emulator, per credential kind; the journal shows the one request each check sends.</summary>
public class CredentialCheckTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public CredentialCheckTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Account_key_with_its_secret_authenticates_with_one_page_of_one_app()
    {
        using SmoochSession session = _fixture.Sunshine();

        CredentialCheckResult result = await CredentialCheck.RunAsync(session);

        AssertAuthenticated(result, CredentialKind.AccountKey);
        Assert.Equal(_fixture.Emulator.AccountKeyId, result.KeyId);
        Assert.Null(result.ClientId);
        Assert.Equal(SmoochApi.Sunshine, result.Api);
        AssertOneRequest("GET", "/v2/apps");
    }

    [Fact]
    public async Task Account_key_signing_its_own_jwt_authenticates()
    {
        using SmoochSession session = _fixture.SunshineJwt();

        AssertAuthenticated(await CredentialCheck.RunAsync(session), CredentialKind.AccountKey);
        AssertOneRequest("GET", "/v2/apps");
    }

    [Fact]
    public async Task Wrong_secret_is_a_result_not_an_exception()
    {
        using SmoochSession session = Sessions.Basic(_fixture.Emulator.BaseAddress, keyId: _fixture.Emulator.AccountKeyId, secret: Secrets.Sample);

        CredentialCheckResult result = await CredentialCheck.RunAsync(session);

        Assert.True(result.Checked);
        Assert.False(result.Authenticated);
        Assert.Equal(401, result.Status);
        Assert.Equal("unauthorized", result.ErrorId);
        Assert.Contains("was refused", result.Message);
        Assert.DoesNotContain(Secrets.Sample, result.Message);
        AssertOneRequest("GET", "/v2/apps");
    }

    [Fact]
    public async Task Service_account_key_authenticates_and_stops_once_deleted()
    {
        using SmoochSession admin = _fixture.Sunshine();
        ServiceAccount account = await admin.ServiceAccounts.CreateAsync("check-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        CreatedServiceAccountKey key = await admin.ServiceAccounts.CreateKeyAsync(account.ServiceAccountId, "ci");
        using SmoochSession session = Sessions.With(_fixture.Emulator.BaseAddress, new BasicKeyAuthenticator(key.KeyId, key.Secret));

        _fixture.Control.ClearJournal();
        CredentialCheckResult good = await CredentialCheck.RunAsync(session);
        AssertOneRequest("GET", "/v2/apps");
        await admin.ServiceAccounts.DeleteKeyAsync(account.ServiceAccountId, key.KeyId);
        CredentialCheckResult revoked = await CredentialCheck.RunAsync(session);

        AssertAuthenticated(good, CredentialKind.ServiceAccountKey);
        Assert.Equal(key.KeyId, good.KeyId);
        Assert.False(revoked.Authenticated);
        Assert.Equal(401, revoked.Status);
    }

    [Fact]
    public async Task App_key_reads_one_integration_of_its_own_app()
    {
        using SmoochSession admin = _fixture.Sunshine();
        CreatedAppKey key = await admin.AppKeys.CreateAsync(_fixture.App.AppId, "check");
        using SmoochSession session = Sessions.With(_fixture.Emulator.BaseAddress, new BasicKeyAuthenticator(key.KeyId, key.Secret));

        _fixture.Control.ClearJournal();
        CredentialCheckResult result = await CredentialCheck.RunAsync(session, _fixture.App.AppId);

        AssertAuthenticated(result, CredentialKind.AppKey);
        AssertOneRequest("GET", "/v2/apps/" + _fixture.App.AppId + "/integrations");
    }

    [Fact]
    public async Task App_key_on_another_app_is_authenticated_but_forbidden()
    {
        string otherApp = _fixture.Control.SeedApps(1, 0)[0].AppId;
        using SmoochSession admin = _fixture.Sunshine();
        CreatedAppKey key = await admin.AppKeys.CreateAsync(_fixture.App.AppId, "check");
        using SmoochSession session = Sessions.With(_fixture.Emulator.BaseAddress, new BasicKeyAuthenticator(key.KeyId, key.Secret));

        CredentialCheckResult result = await CredentialCheck.RunAsync(session, otherApp);

        Assert.True(result.Checked);
        Assert.True(result.Authenticated);
        Assert.Equal(403, result.Status);
        Assert.Equal("forbidden", result.ErrorId);
        Assert.Contains("may not make GET /v2/apps/" + otherApp + "/integrations", result.Message);
    }

    [Fact]
    public async Task App_key_with_a_wrong_secret_is_refused_even_on_its_app()
    {
        using SmoochSession admin = _fixture.Sunshine();
        CreatedAppKey key = await admin.AppKeys.CreateAsync(_fixture.App.AppId, "check");
        using SmoochSession session = Sessions.Basic(_fixture.Emulator.BaseAddress, keyId: key.KeyId, secret: Secrets.Sample);

        CredentialCheckResult result = await CredentialCheck.RunAsync(session, _fixture.App.AppId);

        Assert.False(result.Authenticated);
        Assert.Equal(401, result.Status);
    }

    [Fact]
    public async Task App_key_without_its_app_id_is_not_checked_and_nothing_is_sent()
    {
        using SmoochSession session = Sessions.Basic(_fixture.Emulator.BaseAddress, keyId: "app_67a0e949f0305f4a391e9d97");

        CredentialCheckResult result = await CredentialCheck.RunAsync(session);

        AssertNotChecked(result, CredentialKind.AppKey, "app id");
    }

    [Fact]
    public async Task Integration_key_is_not_checked_and_nothing_is_sent()
    {
        using SmoochSession admin = _fixture.Sunshine();
        CreatedIntegrationKey key = await admin.IntegrationKeys.CreateAsync(_fixture.App.AppId, _fixture.App.CustomIntegrationIds[0], "check");
        using SmoochSession session = Sessions.With(_fixture.Emulator.BaseAddress, new BasicKeyAuthenticator(key.KeyId, key.Secret));
        _fixture.Control.ClearJournal();

        CredentialCheckResult result = await CredentialCheck.RunAsync(session, _fixture.App.AppId);

        AssertNotChecked(result, CredentialKind.IntegrationKey, "int_");
        Assert.Equal(key.KeyId, result.KeyId);
    }

    [Fact]
    public async Task Bearer_tokens_and_unknown_prefixes_are_not_checked()
    {
        using SmoochSession bearer = Sessions.With(_fixture.Emulator.BaseAddress, new BearerTokenAuthenticator(Secrets.Secure("abc.def.ghi"), SmoochApi.Sunshine));
        using SmoochSession orgBearer = Sessions.With(_fixture.Emulator.BaseAddress, new BearerTokenAuthenticator(Secrets.Secure("kct_x"), SmoochApi.Organization));
        using SmoochSession unknown = Sessions.Basic(_fixture.Emulator.BaseAddress, keyId: "key_1");

        AssertNotChecked(await CredentialCheck.RunAsync(bearer), CredentialKind.BearerToken, "scope");
        AssertNotChecked(await CredentialCheck.RunAsync(orgBearer), CredentialKind.BearerToken, "organization");
        AssertNotChecked(await CredentialCheck.RunAsync(unknown), CredentialKind.UnknownKey, "prefix");
    }

    [Fact]
    public async Task Organization_credential_is_checked_by_a_fresh_token_exchange()
    {
        using SmoochSession session = _fixture.Org();
        await session.Organization.GetServiceAccountAsync(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId); // caches a token
        _fixture.Control.ClearJournal();

        CredentialCheckResult result = await CredentialCheck.RunAsync(session);

        AssertAuthenticated(result, CredentialKind.OrganizationCredential);
        Assert.Equal(SmoochApi.Organization, result.Api);
        Assert.Equal(_fixture.Organization.ClientId, result.ClientId);
        Assert.Null(result.KeyId);
        AssertOneRequest("POST", "/service-account-token");
    }

    [Fact]
    public async Task Organization_credential_wrong_or_deleted_is_refused_with_the_servers_code()
    {
        using SmoochSession admin = _fixture.Org();
        CreatedOrganizationCredential created = await admin.Organization.CreateCredentialAsync(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId, "check");
        using SmoochSession wrong = _fixture.Org(authenticator: new ClientCredentialsAuthenticator(created.ClientId, Secrets.Secure(Secrets.Sample)));
        using SmoochSession good = _fixture.Org(authenticator: new ClientCredentialsAuthenticator(created.ClientId, created.ClientSecret));

        CredentialCheckResult refused = await CredentialCheck.RunAsync(wrong);
        CredentialCheckResult before = await CredentialCheck.RunAsync(good);
        await admin.Organization.DeleteCredentialAsync(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId, created.CredentialId);
        CredentialCheckResult after = await CredentialCheck.RunAsync(good);

        Assert.False(refused.Authenticated);
        Assert.Equal(401, refused.Status);
        Assert.Equal("invalid_client", refused.ErrorId);
        Assert.True(before.Authenticated);
        Assert.False(after.Authenticated);
        Assert.Equal("invalid_client", after.ErrorId);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    public async Task A_server_failure_is_thrown_not_reported_as_a_refusal(int status)
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v2/apps", FaultKind.Status, Count: 10) { Status = status });
        using SmoochSession session = _fixture.Sunshine(maxRetries: 1);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => CredentialCheck.RunAsync(session));

        Assert.Equal(SmoochErrorKind.ServerError, error.Kind);
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task No_connection_is_thrown()
    {
        using SmoochSession session = Sessions.Basic(new Uri("http://127.0.0.1:1/"), maxRetries: 0);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => CredentialCheck.RunAsync(session));

        Assert.Equal(SmoochErrorKind.Connection, error.Kind);
    }

    [Fact]
    public async Task Bad_app_id_is_refused_before_any_request()
    {
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => CredentialCheck.RunAsync(session, " "));

        Assert.Equal("appId", error.ParamName);
        Assert.Empty(_fixture.Journal);
    }

    private static void AssertAuthenticated(CredentialCheckResult result, string kind)
    {
        Assert.Equal(kind, result.Kind);
        Assert.True(result.Checked);
        Assert.True(result.Authenticated);
        Assert.Equal(200, result.Status);
        Assert.Null(result.ErrorId);
        Assert.Contains("authenticated", result.Message);
    }

    private void AssertNotChecked(CredentialCheckResult result, string kind, string reasonMentions)
    {
        Assert.Equal(kind, result.Kind);
        Assert.False(result.Checked);
        Assert.Null(result.Authenticated);
        Assert.Null(result.Status);
        Assert.Null(result.ErrorId);
        Assert.Contains(reasonMentions, result.Message);
        Assert.Contains("not checked", result.Message);
        Assert.Empty(_fixture.Journal);
    }

    private void AssertOneRequest(string method, string path)
    {
        _fixture.Control.WaitUntilIdle(TimeSpan.FromSeconds(5));
        JournalEntry entry = Assert.Single(_fixture.Journal);
        Assert.Equal(method, entry.Method);
        Assert.Equal(path, entry.Path);
    }
}
