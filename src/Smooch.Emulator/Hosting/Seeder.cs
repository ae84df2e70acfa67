using System;
using System.Collections.Generic;
using System.Linq;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Hosting;

/// <summary>Creates seed data (start-up and the bulk seeding used by benchmarks). Call under the store lock.</summary>
internal static class Seeder
{
    private static long s_serviceAccountCounter;

    public static void SeedFresh(EmulatorStore store, EmulatorOptions options, string accountKeyId, string accountSecret)
    {
        store.AddAccountKey(accountKeyId, accountSecret);
        SeedApps(store, options.Apps, options.CustomIntegrationsPerApp);
        foreach (OrganizationSeed seed in options.Organizations)
        {
            SeedOrganization(store, seed);
        }
    }

    public static void SeedOrganization(EmulatorStore store, OrganizationSeed seed)
    {
        Organization org = store.AddOrganization(seed.Id, seed.Label);
        OrgServiceAccount sa = store.AddOrgServiceAccount(org, "Seeded service account", "Created by the emulator at start");
        store.AddCredential(sa, "Seeded credential", null);
    }

    public static List<SeededApp> SeedApps(EmulatorStore store, int count, int customIntegrationsPerApp)
    {
        var seeded = new List<SeededApp>(count);
        for (int a = 0; a < count; a++)
        {
            App app = store.AddApp($"App {store.Apps.Count + 1}");
            for (int i = 0; i < customIntegrationsPerApp; i++)
            {
                store.AddIntegration(app, new Integration(EmulatorStore.NewIntegrationId(app), "custom", $"Custom integration {i + 1}")
                {
                    WebhookId = Ids.Hex24(),
                    WebhookTarget = "https://example.invalid/webhook",
                    WebhookTriggers = new List<string> { "conversation:message" },
                });
            }
            store.AddIntegration(app, new Integration(EmulatorStore.NewIntegrationId(app), "web", "Web Messenger"));
            seeded.Add(Describe(app));
        }
        return seeded;
    }

    public static SeededApp Describe(App app)
    {
        List<Integration> integrations = app.Integrations.All().ToList();
        return new SeededApp(app.Id,
            integrations.Where(i => i.IsCustom).Select(i => i.Id).ToList(),
            integrations.FirstOrDefault(i => !i.IsCustom)?.Id ?? "");
    }

    public static SeededOrganization? Describe(Organization org)
    {
        OrgServiceAccount? sa = org.ServiceAccounts.All().FirstOrDefault();
        OrgCredential? credential = sa?.Credentials.All().FirstOrDefault();
        if (sa is null || credential is null)
        {
            return null;
        }

        return new SeededOrganization(org.Id, org.Label, sa.Id, credential.Id, credential.ClientId, credential.ClientSecret);
    }

    public static List<string> SeedServiceAccounts(EmulatorStore store, int count)
    {
        var ids = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            string name;
            do
            { name = $"Seeded service account {System.Threading.Interlocked.Increment(ref s_serviceAccountCounter)}"; }
            while (store.ServiceAccountIdByName(name) is not null);
            ids.Add(store.AddServiceAccount(name).Id);
        }
        return ids;
    }

    public static List<string> SeedCredentials(EmulatorStore store, string organizationId, string serviceAccountId, int count)
    {
        Organization org = store.FindOrganization(organizationId) ?? throw new ArgumentException($"Unknown organization '{organizationId}'.", nameof(organizationId));
        OrgServiceAccount sa = org.ServiceAccounts.Find(serviceAccountId)
            ?? throw new ArgumentException($"Unknown service account '{serviceAccountId}' in organization '{organizationId}'.", nameof(serviceAccountId));
        var ids = new List<string>(count);
        int start = sa.Credentials.Count;
        for (int i = 0; i < count; i++)
        {
            ids.Add(store.AddCredential(sa, $"Seeded credential {start + i + 1}", null).Id);
        }

        return ids;
    }
}
