using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using Smooch.Client;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Common
{
    /// <summary>
    /// The default sessions — one per API — of each runspace. Keyed by the runspace running the cmdlet, so
    /// parallel runspaces (ForEach-Object -Parallel, runspace pools) never see or replace each other's.
    /// </summary>
    internal static class SessionRegistry
    {
        private static readonly ConditionalWeakTable<Runspace, Defaults> PerRunspace = new ConditionalWeakTable<Runspace, Defaults>();
        private static readonly Defaults WithoutRunspace = new Defaults();

        public static Session? Get(SmoochApi api) => Current().Get(api);

        /// <summary>Makes <paramref name="session"/> the default of its API and returns the default it replaced, if any.</summary>
        public static Session? Set(Session session)
        {
            Defaults defaults = Current();
            Session? previous = defaults.Get(session.Api);
            defaults.Set(session.Api, session);
            return previous;
        }

        public static Session? Remove(SmoochApi api)
        {
            Defaults defaults = Current();
            Session? removed = defaults.Get(api);
            defaults.Set(api, null);
            return removed;
        }

        private static Defaults Current()
        {
            Runspace? runspace = Runspace.DefaultRunspace;
            return runspace is null ? WithoutRunspace : PerRunspace.GetValue(runspace, _ => new Defaults());
        }

        private sealed class Defaults
        {
            private readonly object gate = new object();
            private Session? sunshine;
            private Session? organization;

            public Session? Get(SmoochApi api)
            {
                lock (gate)
                {
                    return api == SmoochApi.Organization ? organization : sunshine;
                }
            }

            public void Set(SmoochApi api, Session? session)
            {
                lock (gate)
                {
                    if (api == SmoochApi.Organization)
                    {
                        organization = session;
                    }
                    else
                    {
                        sunshine = session;
                    }
                }
            }
        }
    }
}
