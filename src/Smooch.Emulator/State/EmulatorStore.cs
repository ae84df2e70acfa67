using System;
using System.Collections.Generic;

namespace Smooch.Emulator.State;

/// <summary>
/// All emulator data. Every read and write happens under <see cref="Gate"/> (one lock: requests are short,
/// and one lock makes concurrent requests trivially consistent). Helpers keep the auth indexes in step with the
/// tables, so a deleted key, credential or service account stops authenticating at once.
/// </summary>
internal sealed class EmulatorStore(TimeProvider clock)
{
    public object Gate { get; } = new();
    public TimeProvider Clock { get; } = clock;

    /// <summary>Bumped on every change; the state file writer saves when it moves.</summary>
    public long Version { get; private set; }

    public Dictionary<string, ApiKey> Keys { get; } = new(StringComparer.Ordinal);
    public OrderedTable<ServiceAccount> ServiceAccounts { get; } = new();
    private readonly Dictionary<string, string> _serviceAccountIdsByName = new(StringComparer.Ordinal);
    public OrderedTable<App> Apps { get; } = new();
    public OrderedTable<Organization> Organizations { get; } = new();
    private readonly Dictionary<string, Organization> _organizationsByLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrgCredential> _credentialsByClientId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessToken> _tokens = new(StringComparer.Ordinal);

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// How long a key or credential made from now on takes to start authenticating (zero: at once). Real services can
    /// take a moment to propagate a new credential; this lets clients prove they wait for it.
    /// </summary>
    public TimeSpan ActivationDelay { get; set; }

    public bool IsActive(ApiKey key) => Now >= key.ActiveFrom;

    public bool IsActive(OrgCredential credential) => Now >= credential.ActiveFrom;

    public void MarkChanged() => Version++;

    public void Clear()
    {
        Keys.Clear();
        ServiceAccounts.Clear();
        _serviceAccountIdsByName.Clear();
        Apps.Clear();
        Organizations.Clear();
        _organizationsByLabel.Clear();
        _credentialsByClientId.Clear();
        _tokens.Clear();
        MarkChanged();
    }

    // ---- Sunshine keys ----

    public ApiKey AddAccountKey(string keyId, string secret)
    {
        var key = new ApiKey(keyId, KeyKind.Account, "account", secret);
        Keys[keyId] = key;
        MarkChanged();
        return key;
    }

    public ApiKey? FindKey(string keyId) => Keys.GetValueOrDefault(keyId);

    private string NewKeyId(string prefix)
    {
        string id;
        do
        { id = prefix + Ids.Hex24(); } while (Keys.ContainsKey(id));
        return id;
    }

    private ApiKey IndexKey(OrderedTable<ApiKey> table, ApiKey key)
    {
        key.ActiveFrom = Now + ActivationDelay;
        table.Add(key);
        Keys[key.Id] = key;
        MarkChanged();
        return key;
    }

    private void UnindexKeys(OrderedTable<ApiKey> table)
    {
        foreach (ApiKey key in table.All())
        {
            Keys.Remove(key.Id);
        }
    }

    public void RemoveKey(OrderedTable<ApiKey> table, ApiKey key)
    {
        table.Remove(key.Id);
        Keys.Remove(key.Id);
        MarkChanged();
    }

    // ---- v1.1 service accounts ----

    public string? ServiceAccountIdByName(string name) => _serviceAccountIdsByName.GetValueOrDefault(name);

    public ServiceAccount AddServiceAccount(string name, string? id = null)
    {
        id ??= NewId(ServiceAccounts, Ids.Hex24);
        var sa = new ServiceAccount(id, name);
        ServiceAccounts.Add(sa);
        _serviceAccountIdsByName[name] = id;
        MarkChanged();
        return sa;
    }

    public void RenameServiceAccount(ServiceAccount sa, string name)
    {
        _serviceAccountIdsByName.Remove(sa.Name);
        sa.Name = name;
        _serviceAccountIdsByName[name] = sa.Id;
        MarkChanged();
    }

    public bool ServiceAccountHasApps(string serviceAccountId)
    {
        foreach (App app in Apps.All())
        {
            if (app.ServiceAccountIds.Contains(serviceAccountId))
            {
                return true;
            }
        }
        return false;
    }

    public void RemoveServiceAccount(ServiceAccount sa)
    {
        UnindexKeys(sa.Keys);
        ServiceAccounts.Remove(sa.Id);
        _serviceAccountIdsByName.Remove(sa.Name);
        MarkChanged();
    }

    public ApiKey AddServiceAccountKey(ServiceAccount sa, string name, string? id = null, string? secret = null) =>
        IndexKey(sa.Keys, new ApiKey(id ?? NewKeyId("svc_"), KeyKind.ServiceAccount, name, secret ?? Ids.SunshineSecret()) { ServiceAccountId = sa.Id });

    // ---- v2 apps, integrations, keys ----

    public App AddApp(string displayName, string? id = null)
    {
        var app = new App(id ?? NewId(Apps, Ids.Hex24), displayName);
        Apps.Add(app);
        MarkChanged();
        return app;
    }

    public void RemoveApp(App app)
    {
        UnindexKeys(app.Keys);
        foreach (Integration integration in app.Integrations.All())
        {
            UnindexKeys(integration.Keys);
        }

        Apps.Remove(app.Id);
        MarkChanged();
    }

    public Integration AddIntegration(App app, Integration integration)
    {
        app.Integrations.Add(integration);
        MarkChanged();
        return integration;
    }

    public void RemoveIntegration(App app, Integration integration)
    {
        UnindexKeys(integration.Keys);
        app.Integrations.Remove(integration.Id);
        MarkChanged();
    }

    public static string NewIntegrationId(App app) => NewId(app.Integrations, Ids.Hex24);

    public ApiKey AddAppKey(App app, string displayName, string? id = null, string? secret = null) =>
        IndexKey(app.Keys, new ApiKey(id ?? NewKeyId("app_"), KeyKind.App, displayName, secret ?? Ids.SunshineSecret()) { AppId = app.Id });

    public ApiKey AddIntegrationKey(App app, Integration integration, string displayName, string? id = null, string? secret = null) =>
        IndexKey(integration.Keys, new ApiKey(id ?? NewKeyId("int_"), KeyKind.Integration, displayName, secret ?? Ids.SunshineSecret())
        {
            AppId = app.Id,
            IntegrationId = integration.Id,
        });

    // ---- organizations ----

    public Organization AddOrganization(string id, string? label)
    {
        var org = new Organization(id, label);
        Organizations.Add(org);
        if (!string.IsNullOrEmpty(label))
        {
            _organizationsByLabel[label] = org;
        }

        MarkChanged();
        return org;
    }

    /// <summary>The organization path value is an id or a label.</summary>
    public Organization? FindOrganization(string idOrLabel) =>
        Organizations.Find(idOrLabel) ?? _organizationsByLabel.GetValueOrDefault(idOrLabel);

    public OrgServiceAccount AddOrgServiceAccount(Organization org, string name, string? description, string? id = null, DateTimeOffset? createdAt = null)
    {
        var sa = new OrgServiceAccount(id ?? NewId(org.ServiceAccounts, Ids.Nanoid), org.Id, name, description, createdAt ?? Now);
        org.ServiceAccounts.Add(sa);
        MarkChanged();
        return sa;
    }

    public void RemoveOrgServiceAccount(Organization org, OrgServiceAccount sa)
    {
        foreach (OrgCredential credential in sa.Credentials.All())
        {
            _credentialsByClientId.Remove(credential.ClientId);
        }

        org.ServiceAccounts.Remove(sa.Id);
        MarkChanged();
    }

    public OrgCredential AddCredential(OrgServiceAccount sa, string name, string? description)
    {
        string clientId;
        do
        { clientId = Ids.ClientId(); } while (_credentialsByClientId.ContainsKey(clientId));
        var credential = new OrgCredential(NewId(sa.Credentials, Ids.Nanoid), sa.OrganizationId, sa.Id, clientId, Ids.ClientSecret(), name, description, Now);
        return AddCredential(sa, credential);
    }

    public OrgCredential AddCredential(OrgServiceAccount sa, OrgCredential credential)
    {
        credential.ActiveFrom = Now + ActivationDelay;
        sa.Credentials.Add(credential);
        _credentialsByClientId[credential.ClientId] = credential;
        MarkChanged();
        return credential;
    }

    public void RemoveCredential(OrgServiceAccount sa, OrgCredential credential)
    {
        sa.Credentials.Remove(credential.Id);
        _credentialsByClientId.Remove(credential.ClientId);
        MarkChanged();
    }

    public OrgCredential? FindCredentialByClientId(string clientId) => _credentialsByClientId.GetValueOrDefault(clientId);

    public AccessToken IssueToken(OrgCredential credential, TimeSpan lifetime)
    {
        DateTimeOffset now = Now;
        var token = new AccessToken(Ids.AccessToken(), credential.OrganizationId, credential.ServiceAccountId, credential.Id, now + lifetime);
        _tokens[token.Token] = token;
        credential.LastUsedAt = now;
        MarkChanged();
        return token;
    }

    /// <summary>A token counts only while unexpired and while the credential that produced it still exists.</summary>
    public AccessToken? FindLiveToken(string token)
    {
        if (!_tokens.TryGetValue(token, out AccessToken? found))
        {
            return null;
        }

        if (Now >= found.ExpiresAt)
        {
            _tokens.Remove(token);
            return null;
        }
        OrgCredential? credential = FindCredentialById(found);
        if (credential is null)
        {
            _tokens.Remove(token);
            return null;
        }
        return found;
    }

    private OrgCredential? FindCredentialById(AccessToken token) =>
        Organizations.Find(token.OrganizationId)?.ServiceAccounts.Find(token.ServiceAccountId)?.Credentials.Find(token.CredentialId);

    private static string NewId<T>(OrderedTable<T> table, Func<string> generate) where T : class, IHasId
    {
        string id;
        do
        { id = generate(); } while (table.IsKnownCursor(id));
        return id;
    }
}
