using System.Collections.Generic;
using System.Linq;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Hosting;

/// <summary>
/// Fills the store at start: from the state file when it exists (adding a given account key or organization that
/// it lacks), otherwise from the seeding options. The result is also the baseline that Reset returns to.
/// </summary>
internal static class StateInitializer
{
    public static StartupReport Initialize(EmulatorRuntime runtime)
    {
        EmulatorOptions options = runtime.Options;
        EmulatorStore store = runtime.Store;
        StateSnapshot? loaded = options.StateFile is null ? null : StateFile.Load(options.StateFile);
        bool secretGenerated = false;
        var newOrganizations = new HashSet<string>(System.StringComparer.Ordinal);
        lock (store.Gate)
        {
            string keyId;
            string secret;
            if (loaded is not null)
            {
                StateMapper.Restore(store, loaded);
                if (options.AccountKeyId is null)
                {
                    (keyId, secret) = (loaded.AccountKeys[0].Id, loaded.AccountKeys[0].Secret);
                }
                else
                {
                    // A key given on the command line wins: added when missing, its secret replaced when given.
                    keyId = options.AccountKeyId;
                    string? existing = store.FindKey(keyId)?.Secret;
                    secretGenerated = options.AccountSecret is null && existing is null;
                    secret = options.AccountSecret ?? existing ?? Ids.SunshineSecret();
                    store.AddAccountKey(keyId, secret);
                }
                foreach (OrganizationSeed seed in options.Organizations)
                {
                    if (store.FindOrganization(seed.Id) is not null)
                    {
                        continue;
                    }

                    Seeder.SeedOrganization(store, seed);
                    newOrganizations.Add(seed.Id);
                }
            }
            else
            {
                keyId = options.AccountKeyId ?? "act_" + Ids.Hex24();
                secretGenerated = options.AccountSecret is null;
                secret = options.AccountSecret ?? Ids.SunshineSecret();
                Seeder.SeedFresh(store, options, keyId, secret);
                newOrganizations.UnionWith(options.Organizations.Select(o => o.Id));
            }
            runtime.Baseline = StateMapper.Capture(store);
            return new StartupReport(
                keyId, secret, secretGenerated, loaded is not null, newOrganizations,
                store.Apps.All().Select(Seeder.Describe).ToList(),
                store.Organizations.All().Select(Seeder.Describe).OfType<SeededOrganization>().ToList());
        }
    }
}

/// <summary>What start-up produced, for the CLI banner (secrets only when generated in this run).</summary>
internal sealed record StartupReport(string AccountKeyId, string AccountSecret, bool AccountSecretGenerated, bool LoadedFromStateFile,
    IReadOnlySet<string> OrganizationsSeededNow,
    IReadOnlyList<SeededApp> Apps, IReadOnlyList<SeededOrganization> Organizations);
