using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Safety;

/// <summary>No id can reach another endpoint: bad ids never leave the process; odd-but-valid ids stay one segment.</summary>
public class HostileIdTests : IClassFixture<EmulatorFixture>
{
    private const string Good = "5d8cff3cd55b040010928b5b";
    private readonly EmulatorFixture _fixture;

    public HostileIdTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    /// <summary>Every Sunshine operation that takes an id, and the parameter that receives the hostile value.</summary>
    private static readonly Dictionary<string, (string Parameter, Func<SmoochSession, string, Task> Call)> s_operations = new Dictionary<string, (string Parameter, Func<SmoochSession, string, Task> Call)>
    {
        ["sa.get"] = ("serviceAccountId", (s, id) => s.ServiceAccounts.GetAsync(id)),
        ["sa.update"] = ("serviceAccountId", (s, id) => s.ServiceAccounts.UpdateAsync(id, "n")),
        ["sa.delete"] = ("serviceAccountId", (s, id) => s.ServiceAccounts.DeleteAsync(id)),
        ["sa.listKeys"] = ("serviceAccountId", (s, id) => s.ServiceAccounts.ListKeysAsync(id).ToListAsync()),
        ["sa.getKey"] = ("keyId", (s, id) => s.ServiceAccounts.GetKeyAsync(Good, id)),
        ["sa.createKey"] = ("serviceAccountId", (s, id) => s.ServiceAccounts.CreateKeyAsync(id, "n")),
        ["sa.deleteKey"] = ("keyId", (s, id) => s.ServiceAccounts.DeleteKeyAsync(Good, id)),
        ["sa.jwt"] = ("keyId", (s, id) => s.ServiceAccounts.GetJwtAsync(Good, id)),
        ["app.list"] = ("appId", (s, id) => s.AppKeys.ListAsync(id).ToListAsync()),
        ["app.get"] = ("keyId", (s, id) => s.AppKeys.GetAsync(Good, id)),
        ["app.create"] = ("appId", (s, id) => s.AppKeys.CreateAsync(id, "n")),
        ["app.delete"] = ("keyId", (s, id) => s.AppKeys.DeleteAsync(Good, id)),
        ["int.list"] = ("integrationId", (s, id) => s.IntegrationKeys.ListAsync(Good, id).ToListAsync()),
        ["int.get"] = ("keyId", (s, id) => s.IntegrationKeys.GetAsync(Good, Good, id)),
        ["int.create"] = ("appId", (s, id) => s.IntegrationKeys.CreateAsync(id, Good, "n")),
        ["int.delete"] = ("integrationId", (s, id) => s.IntegrationKeys.DeleteAsync(Good, id, "int_x")),
        ["apps.integrations"] = ("appId", (s, id) => s.Apps.ListIntegrationsAsync(id).ToListAsync()),
        ["apps.integrationsOfType"] = ("appId", (s, id) => s.Apps.ListIntegrationsAsync(id, new[] { "custom" }).ToListAsync()),
        ["apps.get"] = ("appId", (s, id) => s.Apps.GetAsync(id)),
        ["apps.getIntegration"] = ("integrationId", (s, id) => s.Apps.GetIntegrationAsync(Good, id)),
        ["apps.accessible"] = ("serviceAccountId", (s, id) => s.Apps.ListAccessibleAsync(id).ToListAsync()),
    };

    public static IEnumerable<object[]> SunshineOperations()
    {
        foreach (string hostile in new[] { "..", ".", "", "a/b", "..\\x", "x?y=1", "x#y", "a\r\nX-Injected: 1", new string('a', 256) })
        {
            foreach (string operation in s_operations.Keys)
            {
                yield return new object[] { operation, hostile };
            }
        }
    }

    [Theory]
    [MemberData(nameof(SunshineOperations))]
    public async Task Sunshine_operations_refuse_hostile_ids_before_sending(string operation, string hostile)
    {
        var (parameter, call) = s_operations[operation];
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(session, hostile));

        Assert.Equal(parameter, error.ParamName);
        Assert.Empty(_fixture.Journal);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../../v1.1/serviceaccounts")]
    [InlineData("sa?expand=permissions")]
    [InlineData("")]
    public async Task Organization_operations_refuse_hostile_ids_before_sending(string hostile)
    {
        using SmoochSession session = _fixture.Org();
        string org = EmulatorFixture.OrganizationId;

        Assert.Equal("organizationId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Organization.ListServiceAccountsAsync(hostile).ToListAsync())).ParamName);
        Assert.Equal("serviceAccountId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Organization.GetServiceAccountAsync(org, hostile))).ParamName);
        Assert.Equal("serviceAccountId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Organization.UpdateServiceAccountAsync(org, hostile, "n"))).ParamName);
        Assert.Equal("serviceAccountId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Organization.DeleteServiceAccountAsync(org, hostile))).ParamName);
        Assert.Equal("serviceAccountId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Organization.ListCredentialsAsync(org, hostile).ToListAsync())).ParamName);
        Assert.Equal("serviceAccountId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Organization.CreateCredentialAsync(org, hostile, "n"))).ParamName);
        Assert.Equal("credentialId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Organization.GetCredentialAsync(org, "sa", hostile))).ParamName);
        Assert.Equal("credentialId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Organization.UpdateCredentialAsync(org, "sa", hostile, "n"))).ParamName);
        Assert.Equal("credentialId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Organization.DeleteCredentialAsync(org, "sa", hostile))).ParamName);
        Assert.Empty(_fixture.Journal);
    }

    [Theory]
    [InlineData("%2e%2e")]
    [InlineData("%2F..%2Fv1.1")]
    [InlineData("a b")]
    [InlineData("{appId}")]
    [InlineData("ünï")]
    public async Task Odd_but_valid_ids_travel_as_exactly_one_path_segment(string id)
    {
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.GetAsync(id, "app_1"));

        Assert.Equal(SmoochErrorKind.NotFound, error.Kind);
        Emulator.JournalEntry entry = Assert.Single(_fixture.Journal);
        Assert.Equal("GET", entry.Method);
        string[] segments = entry.Path.Split('/');
        Assert.Equal(new[] { "", "v2", "apps", Uri.UnescapeDataString(Uri.EscapeDataString(id)), "keys", "app_1" }.Length, segments.Length);
        Assert.StartsWith("/v2/apps/", entry.Path);
        Assert.EndsWith("/keys/app_1", entry.Path);
    }
}
