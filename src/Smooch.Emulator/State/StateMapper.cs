using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Smooch.Emulator.State;

/// <summary>Store &lt;-&gt; snapshot. Capture and Restore must be called under the store lock.</summary>
internal static class StateMapper
{
    public static StateSnapshot Capture(EmulatorStore store) => new()
    {
        AccountKeys = store.Keys.Values.Where(k => k.Kind == KeyKind.Account).Select(Record).ToList(),
        ServiceAccounts = store.ServiceAccounts.All().Select(sa => new ServiceAccountRecord
        {
            Id = sa.Id,
            Name = sa.Name,
            Keys = sa.Keys.All().Select(Record).ToList(),
        }).ToList(),
        Apps = store.Apps.All().Select(app => new AppRecord
        {
            Id = app.Id,
            DisplayName = app.DisplayName,
            ServiceAccountIds = app.ServiceAccountIds.ToList(),
            Keys = app.Keys.All().Select(Record).ToList(),
            Integrations = app.Integrations.All().Select(i => new IntegrationRecord
            {
                Id = i.Id,
                Type = i.Type,
                DisplayName = i.DisplayName,
                WebhookId = i.WebhookId,
                WebhookTarget = i.WebhookTarget,
                WebhookTriggers = i.WebhookTriggers.ToList(),
                Keys = i.Keys.All().Select(Record).ToList(),
            }).ToList(),
        }).ToList(),
        Organizations = store.Organizations.All().Select(org => new OrganizationRecord
        {
            Id = org.Id,
            Label = org.Label,
            ServiceAccounts = org.ServiceAccounts.All().Select(sa => new OrgServiceAccountRecord
            {
                Id = sa.Id,
                Name = sa.Name,
                Description = sa.Description,
                CreatedAt = sa.CreatedAt,
                UpdatedAt = sa.UpdatedAt,
                Credentials = sa.Credentials.All().Select(c => new CredentialRecord
                {
                    Id = c.Id,
                    ClientId = c.ClientId,
                    ClientSecret = c.ClientSecret,
                    Name = c.Name,
                    Description = c.Description,
                    CreatedAt = c.CreatedAt,
                    LastUsedAt = c.LastUsedAt,
                }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    public static void Restore(EmulatorStore store, StateSnapshot snapshot)
    {
        store.Clear();
        foreach (KeyRecord key in snapshot.AccountKeys)
        {
            store.AddAccountKey(key.Id, key.Secret);
        }

        foreach (ServiceAccountRecord record in snapshot.ServiceAccounts)
        {
            ServiceAccount sa = store.AddServiceAccount(record.Name, record.Id);
            foreach (KeyRecord key in record.Keys)
            {
                store.AddServiceAccountKey(sa, key.Name, key.Id, key.Secret);
            }
        }
        foreach (AppRecord record in snapshot.Apps)
        {
            App app = store.AddApp(record.DisplayName, record.Id);
            app.ServiceAccountIds.UnionWith(record.ServiceAccountIds);
            foreach (KeyRecord key in record.Keys)
            {
                store.AddAppKey(app, key.Name, key.Id, key.Secret);
            }

            foreach (IntegrationRecord i in record.Integrations)
            {
                Integration integration = store.AddIntegration(app, new Integration(i.Id, i.Type, i.DisplayName)
                {
                    WebhookId = i.WebhookId,
                    WebhookTarget = i.WebhookTarget,
                    WebhookTriggers = i.WebhookTriggers.ToList(),
                });
                foreach (KeyRecord key in i.Keys)
                {
                    store.AddIntegrationKey(app, integration, key.Name, key.Id, key.Secret);
                }
            }
        }
        foreach (OrganizationRecord record in snapshot.Organizations)
        {
            Organization org = store.AddOrganization(record.Id, record.Label);
            foreach (OrgServiceAccountRecord s in record.ServiceAccounts)
            {
                OrgServiceAccount sa = store.AddOrgServiceAccount(org, s.Name, s.Description, s.Id, s.CreatedAt);
                sa.UpdatedAt = s.UpdatedAt;
                foreach (CredentialRecord c in s.Credentials)
                {
                    store.AddCredential(sa, new OrgCredential(c.Id, org.Id, sa.Id, c.ClientId, c.ClientSecret, c.Name, c.Description, c.CreatedAt)
                    {
                        LastUsedAt = c.LastUsedAt,
                    });
                }
            }
        }
    }

    public static void Validate(StateSnapshot snapshot)
    {
        if (snapshot.FormatVersion != 1)
        {
            throw new InvalidDataException($"unsupported formatVersion {snapshot.FormatVersion}");
        }

        if (snapshot.AccountKeys.Count == 0)
        {
            throw new InvalidDataException("no account key");
        }

        var keyIds = new HashSet<string>();
        IEnumerable<KeyRecord> allKeys = snapshot.AccountKeys
            .Concat(snapshot.ServiceAccounts.SelectMany(sa => sa.Keys))
            .Concat(snapshot.Apps.SelectMany(a => a.Keys.Concat(a.Integrations.SelectMany(i => i.Keys))));
        foreach (KeyRecord key in allKeys)
        {
            if (!keyIds.Add(key.Id))
            {
                throw new InvalidDataException($"duplicate key id {key.Id}");
            }
        }
    }

    private static KeyRecord Record(ApiKey key) => new() { Id = key.Id, Name = key.Name, Secret = key.Secret };
}
