using System;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Families;

public class OrganizationTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public OrganizationTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    private string OrgId => EmulatorFixture.OrganizationId;

    [Fact]
    public async Task Service_account_create_get_update_list_delete()
    {
        using SmoochSession session = _fixture.Org();

        OrganizationServiceAccount created = await session.Organization.CreateServiceAccountAsync(OrgId, "deployer", "deploys things");
        OrganizationServiceAccount fetched = await session.Organization.GetServiceAccountAsync(OrgId, created.ServiceAccountId);
        OrganizationServiceAccount renamed = await session.Organization.UpdateServiceAccountAsync(OrgId, created.ServiceAccountId, name: "deployer-2");
        OrganizationServiceAccount described = await session.Organization.UpdateServiceAccountAsync(OrgId, created.ServiceAccountId, description: "new text");
        var listed = await session.Organization.ListServiceAccountsAsync(OrgId).ToListAsync();
        await session.Organization.DeleteServiceAccountAsync(OrgId, created.ServiceAccountId);
        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.Organization.GetServiceAccountAsync(OrgId, created.ServiceAccountId));

        Assert.Equal(OrgId, created.OrganizationId);
        Assert.Equal("deployer", created.Name);
        Assert.Equal("deploys things", fetched.Description);
        Assert.NotNull(fetched.CreatedAt);
        Assert.NotNull(fetched.UpdatedAt);
        Assert.Null(fetched.Permissions);
        Assert.Equal("deployer-2", renamed.Name);
        Assert.Equal("deploys things", renamed.Description);
        Assert.Equal("deployer-2", described.Name);
        Assert.Equal("new text", described.Description);
        Assert.Contains(listed, a => a.ServiceAccountId == created.ServiceAccountId);
        Assert.Contains(listed, a => a.ServiceAccountId == _fixture.Organization.ServiceAccountId);
        Assert.Equal(SmoochErrorKind.NotFound, error.Kind);
        Assert.Equal("not_found", error.ErrorCode);
        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Organization_label_addresses_the_same_organization()
    {
        using SmoochSession session = _fixture.Org();

        var byLabel = await session.Organization.ListServiceAccountsAsync("test-label").ToListAsync();

        Assert.Contains(byLabel, a => a.ServiceAccountId == _fixture.Organization.ServiceAccountId && a.OrganizationId == "test-label");
    }

    [Fact]
    public async Task Expand_permissions_fills_permissions()
    {
        using SmoochSession session = _fixture.Org();

        var listed = await session.Organization.ListServiceAccountsAsync(OrgId, expandPermissions: true).ToListAsync();
        OrganizationServiceAccount fetched = await session.Organization.GetServiceAccountAsync(OrgId, _fixture.Organization.ServiceAccountId, expandPermissions: true);
        var credentials = await session.Organization.ListCredentialsAsync(OrgId, _fixture.Organization.ServiceAccountId, expandPermissions: true).ToListAsync();

        Assert.All(listed, a => Assert.NotNull(a.Permissions));
        Assert.NotEmpty(fetched.Permissions!);
        Assert.All(credentials, c => Assert.NotNull(c.Permissions));
    }

    [Fact]
    public async Task Credential_create_get_update_list_delete_and_the_secret_works()
    {
        using SmoochSession session = _fixture.Org();
        string saId = _fixture.Organization.ServiceAccountId;

        CreatedOrganizationCredential created = await session.Organization.CreateCredentialAsync(OrgId, saId, "rotation-2026", "for CI");
        OrganizationCredential fetched = await session.Organization.GetCredentialAsync(OrgId, saId, created.CredentialId);
        OrganizationCredential updated = await session.Organization.UpdateCredentialAsync(OrgId, saId, created.CredentialId, name: "renamed");
        var listed = await session.Organization.ListCredentialsAsync(OrgId, saId).ToListAsync();

        using (SmoochSession asNew = _fixture.Org(authenticator: new ClientCredentialsAuthenticator(created.ClientId, created.ClientSecret)))
        {
            var visible = await asNew.Organization.ListServiceAccountsAsync(OrgId).ToListAsync();
            Assert.NotEmpty(visible);
        }
        OrganizationCredential used = await session.Organization.GetCredentialAsync(OrgId, saId, created.CredentialId);
        await session.Organization.DeleteCredentialAsync(OrgId, saId, created.CredentialId);
        var afterDelete = await session.Organization.ListCredentialsAsync(OrgId, saId).ToListAsync();

        Assert.Equal(OrgId, created.OrganizationId);
        Assert.Equal(saId, created.ServiceAccountId);
        Assert.False(string.IsNullOrEmpty(created.ClientId));
        Assert.True(created.ClientSecret.Length > 0);
        Assert.False(created.ResponseIncomplete);
        Assert.Equal(created.ClientId, fetched.ClientId);
        Assert.Equal("for CI", fetched.Description);
        Assert.Null(fetched.LastUsedAt);
        Assert.Equal("renamed", updated.Name);
        Assert.Contains(listed, c => c.CredentialId == created.CredentialId);
        Assert.NotNull(used.LastUsedAt);
        Assert.DoesNotContain(afterDelete, c => c.CredentialId == created.CredentialId);
    }

    [Fact]
    public async Task Credentials_stream_page_by_page_with_cursors()
    {
        string saId = _fixture.Organization.ServiceAccountId;
        var seeded = _fixture.Control.SeedOrganizationCredentials(OrgId, saId, 9);
        using SmoochSession session = _fixture.Org();

        var all = await session.Organization.ListCredentialsAsync(OrgId, saId, pageSize: 4).ToListAsync();

        Assert.Equal(10, all.Count);
        Assert.Equal(seeded, all.Skip(1).Select(c => c.CredentialId));
        Assert.Equal(3, _fixture.Count("GET", "/organizations/"));
        Assert.Equal(1, _fixture.Count("POST", "/service-account-token"));
    }

    [Fact]
    public async Task Unknown_organization_is_not_found_and_bad_input_is_refused_before_sending()
    {
        using SmoochSession session = _fixture.Org();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.Organization.ListServiceAccountsAsync("no-such-org").ToListAsync());
        _fixture.Control.ClearJournal();
        var description = await Assert.ThrowsAsync<ArgumentException>(() => session.Organization.CreateServiceAccountAsync(OrgId, "x", new string('d', 501)));
        var pageSize = Assert.Throws<ArgumentOutOfRangeException>(() => session.Organization.ListCredentialsAsync(OrgId, "sa", pageSize: 101));

        Assert.True(error.Kind == SmoochErrorKind.NotFound || error.Kind == SmoochErrorKind.Forbidden, error.Message);
        Assert.Equal("description", description.ParamName);
        Assert.Equal("pageSize", pageSize.ParamName);
        Assert.Empty(_fixture.Journal);
    }

    [Fact]
    public async Task Sunshine_operations_on_an_organization_session_are_refused_before_sending()
    {
        using SmoochSession session = _fixture.Org();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => session.AppKeys.GetAsync(_fixture.App.AppId, "app_x"));

        Assert.Contains("Organization", error.Message);
        Assert.Empty(_fixture.Journal);
    }
}
