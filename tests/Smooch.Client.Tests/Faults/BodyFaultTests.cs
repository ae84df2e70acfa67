using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Faults;

/// <summary>Damaged and decorated response bodies from the emulator.</summary>
public class BodyFaultTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public BodyFaultTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Extra_fields_everywhere_are_ignored_on_every_kind_of_response()
    {
        _fixture.Control.AddFault(new FaultRule("*", "/**", FaultKind.ExtraFields, Count: 100));
        using SmoochSession sunshine = _fixture.Sunshine();
        using SmoochSession org = _fixture.Org();

        CreatedAppKey appKey = await sunshine.AppKeys.CreateAsync(_fixture.App.AppId, "extra");
        var appKeys = await sunshine.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync();
        ServiceAccount account = await sunshine.ServiceAccounts.CreateAsync("extra");
        var accounts = await sunshine.ServiceAccounts.ListAsync().ToListAsync();
        CreatedServiceAccountKey saKey = await sunshine.ServiceAccounts.CreateKeyAsync(account.ServiceAccountId, "k");
        ServerJwt jwt = await sunshine.ServiceAccounts.GetJwtAsync(account.ServiceAccountId, saKey.KeyId);
        var credentials = await org.Organization.ListCredentialsAsync(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId, expandPermissions: true).ToListAsync();
        CreatedOrganizationCredential credential = await org.Organization.CreateCredentialAsync(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId, "extra");

        Assert.False(appKey.ResponseIncomplete);
        Assert.True(appKey.Secret.Length > 0);
        Assert.Contains(appKeys, k => k.KeyId == appKey.KeyId);
        Assert.Contains(accounts, a => a.ServiceAccountId == account.ServiceAccountId);
        Assert.True(saKey.Secret.Length > 0);
        Assert.True(jwt.Token.Length > 0);
        Assert.NotEmpty(credentials);
        Assert.True(credential.ClientSecret.Length > 0);
        Assert.Contains(_fixture.Journal, e => e.Fault == "ExtraFields");
    }

    [Fact]
    public async Task Truncated_list_body_is_a_clear_malformed_response_error()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.TruncatedBody));
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.Equal(200, error.StatusCode);
        Assert.Contains("GET /v1.1/serviceaccounts", error.Message);
        Assert.Contains("not the expected JSON", error.Message);
        Assert.Single(_fixture.Journal);
    }

    [Fact]
    public async Task Malformed_json_on_get_is_a_clear_malformed_response_error()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.MalformedJson));
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync());

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.DoesNotContain("<html>", error.Message);
        Assert.Single(_fixture.Journal);
    }

    [Fact]
    public async Task Create_with_a_truncated_body_is_not_repeated_and_the_error_says_it_was_probably_created()
    {
        _fixture.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.TruncatedBody));
        using SmoochSession session = _fixture.Sunshine();

        CreatedAppKey? salvaged = null;
        SmoochApiException? error = null;
        try
        {
            salvaged = await session.AppKeys.CreateAsync(_fixture.App.AppId, "half");
        }
        catch (SmoochApiException caught)
        {
            error = caught;
        }
        var keys = await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync();

        Assert.Equal(1, _fixture.Count("POST", "/v2/apps/"));
        Assert.Single(keys, k => k.DisplayName == "half");
        if (salvaged != null)
        {
            Assert.True(salvaged.ResponseIncomplete);
            Assert.True(salvaged.Secret.Length > 0);
        }
        else
        {
            Assert.Equal(SmoochErrorKind.MalformedResponse, error!.Kind);
            Assert.Equal(201, error.StatusCode);
            if (error.CreatedId != null)
            {
                Assert.Equal(keys.Single().KeyId, error.CreatedId);
            }
            else
            {
                Assert.Contains("probably created", error.Message);
            }
        }
    }

    [Fact]
    public async Task Create_with_malformed_json_is_not_repeated_and_says_it_was_probably_created()
    {
        _fixture.Control.AddFault(new FaultRule("POST", "/organizations/*/service-accounts/*/credentials", FaultKind.MalformedJson));
        using SmoochSession session = _fixture.Org();

        var error = await Assert.ThrowsAsync<SmoochApiException>(() =>
            session.Organization.CreateCredentialAsync(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId, "garbled"));
        var credentials = await session.Organization.ListCredentialsAsync(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId).ToListAsync();

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("probably created", error.Message);
        Assert.Single(credentials, c => c.Name == "garbled");
        Assert.Equal(1, _fixture.Count("POST", "/organizations/"));
    }

    [Fact]
    public async Task Token_endpoint_faults_are_survived_like_any_safe_request()
    {
        _fixture.Control.AddFault(new FaultRule("POST", "/service-account-token", FaultKind.Status) { Status = 503 });
        using SmoochSession session = _fixture.Org();

        var accounts = await session.Organization.ListServiceAccountsAsync(EmulatorFixture.OrganizationId).ToListAsync();

        Assert.NotEmpty(accounts);
        Assert.Equal(new[] { 503, 200 }, _fixture.Journal.Where(e => e.Path == "/service-account-token").Select(e => e.Status));
    }
}
