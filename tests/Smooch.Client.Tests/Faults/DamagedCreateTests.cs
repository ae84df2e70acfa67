using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Faults;

/// <summary>
/// Every create family, its success response damaged by the emulator: with the new id readable the error names it
/// (message, CreatedId, Data); without, it says to list; either way the journal holds exactly one POST.
/// </summary>
public class DamagedCreateTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public DamagedCreateTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    public static IEnumerable<object[]> Families()
    {
        foreach (string family in new[] { "service account", "service account key", "app key", "integration key", "organization service account", "organization credential" })
        {
            yield return new object[] { family };
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Id_read_before_the_damage_is_in_the_error(string family)
    {
        using Family target = await Prepare(family);
        _fixture.Control.AddFault(new FaultRule("POST", target.Path, FaultKind.TruncatedBody) { TruncateAfter = target.CutAfter });

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => target.Create("damaged"));
        string id = Assert.Single(await target.IdsNamed("damaged"));

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.Equal(id, error.CreatedId);
        Assert.Equal(id, error.Data["CreatedId"]);
        Assert.Contains($"created {family} {id}, but its response was damaged", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("list the objects", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, target.PostsJournaled());
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Unreadable_id_keeps_the_list_to_find_it_message(string family)
    {
        using Family target = await Prepare(family);
        _fixture.Control.AddFault(new FaultRule("POST", target.Path, FaultKind.MalformedJson));

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => target.Create("garbled"));

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.Null(error.CreatedId);
        Assert.False(error.Data.Contains("CreatedId"));
        Assert.Contains("probably created; list the objects to find it", error.Message, StringComparison.Ordinal);
        Assert.Single(await target.IdsNamed("garbled"));
        Assert.Equal(1, target.PostsJournaled());
    }

    private async Task<Family> Prepare(string family)
    {
        string org = EmulatorFixture.OrganizationId;
        string orgAccount = _fixture.Organization.ServiceAccountId;
        string app = _fixture.App.AppId;
        string integration = _fixture.App.CustomIntegrationIds[0];
        SmoochSession sunshine = _fixture.Sunshine();
        SmoochSession organization = _fixture.Org();
        switch (family)
        {
            case "service account":
                return new Family(_fixture, sunshine, organization, "/v1.1/serviceaccounts", "\"name\":\"",
                    name => sunshine.ServiceAccounts.CreateAsync(name),
                    async name => (await sunshine.ServiceAccounts.ListAsync().ToListAsync()).Where(a => a.Name == name).Select(a => a.ServiceAccountId));
            case "service account key":
                string account = (await sunshine.ServiceAccounts.CreateAsync("keys parent")).ServiceAccountId;
                return new Family(_fixture, sunshine, organization, $"/v1.1/serviceaccounts/{account}/keys", "\"secret\":\"",
                    name => sunshine.ServiceAccounts.CreateKeyAsync(account, name),
                    async name => (await sunshine.ServiceAccounts.ListKeysAsync(account).ToListAsync()).Where(k => k.Name == name).Select(k => k.KeyId));
            case "app key":
                return new Family(_fixture, sunshine, organization, $"/v2/apps/{app}/keys", "\"secret\":\"",
                    name => sunshine.AppKeys.CreateAsync(app, name),
                    async name => (await sunshine.AppKeys.ListAsync(app).ToListAsync()).Where(k => k.DisplayName == name).Select(k => k.KeyId));
            case "integration key":
                return new Family(_fixture, sunshine, organization, $"/v2/apps/{app}/integrations/{integration}/keys", "\"secret\":\"",
                    name => sunshine.IntegrationKeys.CreateAsync(app, integration, name),
                    async name => (await sunshine.IntegrationKeys.ListAsync(app, integration).ToListAsync()).Where(k => k.DisplayName == name).Select(k => k.KeyId));
            case "organization service account":
                return new Family(_fixture, sunshine, organization, $"/organizations/{org}/service-accounts", "\"name\":\"",
                    name => organization.Organization.CreateServiceAccountAsync(org, name),
                    async name => (await organization.Organization.ListServiceAccountsAsync(org).ToListAsync()).Where(a => a.Name == name).Select(a => a.ServiceAccountId));
            default:
                return new Family(_fixture, sunshine, organization, $"/organizations/{org}/service-accounts/{orgAccount}/credentials", "\"client_secret\":\"",
                    name => organization.Organization.CreateCredentialAsync(org, orgAccount, name),
                    async name => (await organization.Organization.ListCredentialsAsync(org, orgAccount).ToListAsync()).Where(c => c.Name == name).Select(c => c.CredentialId));
        }
    }

    private sealed class Family : IDisposable
    {
        private readonly EmulatorFixture _fixture;
        private readonly SmoochSession[] _sessions;
        private readonly Func<string, Task> _create;
        private readonly Func<string, Task<IEnumerable<string>>> _idsNamed;

        public Family(EmulatorFixture fixture, SmoochSession sunshine, SmoochSession organization, string path, string cutAfter, Func<string, Task> create, Func<string, Task<IEnumerable<string>>> idsNamed)
        {
            _fixture = fixture;
            _sessions = new[] { sunshine, organization };
            Path = path;
            CutAfter = cutAfter;
            _create = create;
            _idsNamed = idsNamed;
        }

        public string Path { get; }

        /// <summary>The damage falls right after this text: after the id, before (or inside) the secret.</summary>
        public string CutAfter { get; }

        public Task Create(string name) => _create(name);

        public async Task<List<string>> IdsNamed(string name) => (await _idsNamed(name)).ToList();

        public int PostsJournaled()
        {
            _fixture.Control.WaitUntilIdle(TimeSpan.FromSeconds(10));
            return _fixture.Journal.Count(e => e.Method == "POST" && e.Path == Path);
        }

        public void Dispose()
        {
            foreach (SmoochSession session in _sessions)
            {
                session.Dispose();
            }
        }
    }
}
