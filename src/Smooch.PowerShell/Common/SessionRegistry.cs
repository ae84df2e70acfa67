using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using Smooch.Client;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Common;

/// <summary>
/// The default sessions — one per API — of each runspace. Keyed by the runspace running the cmdlet, so
/// parallel runspaces (ForEach-Object -Parallel, runspace pools) never see or replace each other's.
/// </summary>
internal static class SessionRegistry
{
    private static readonly ConditionalWeakTable<Runspace, Defaults> s_perRunspace = new ConditionalWeakTable<Runspace, Defaults>();
    private static readonly Defaults s_withoutRunspace = new Defaults();

    public static Session? Get(SmoochApi api) => Current().Get(api);

    /// <summary>Makes <paramref name="session"/> the default of its API and returns the default it replaced, if any.</summary>
    public static Session? Set(Session session) => Current().Exchange(session.Api, session);

    /// <summary>Leaves <paramref name="api"/> without a default and returns the one it had, if any.</summary>
    public static Session? Remove(SmoochApi api) => Current().Exchange(api, null);

    private static Defaults Current()
    {
        Runspace? runspace = Runspace.DefaultRunspace;
        return runspace is null ? s_withoutRunspace : s_perRunspace.GetValue(runspace, _ => new Defaults());
    }

    private sealed class Defaults
    {
        private readonly object _gate = new object();
        private Session? _sunshine;
        private Session? _organization;

        public Session? Get(SmoochApi api)
        {
            lock (_gate)
            {
                return api == SmoochApi.Organization ? _organization : _sunshine;
            }
        }

        /// <summary>Sets the default of <paramref name="api"/> and returns the previous one, in one step.</summary>
        public Session? Exchange(SmoochApi api, Session? session)
        {
            lock (_gate)
            {
                Session? previous;
                if (api == SmoochApi.Organization)
                {
                    previous = _organization;
                    _organization = session;
                }
                else
                {
                    previous = _sunshine;
                    _sunshine = session;
                }

                return previous;
            }
        }
    }
}
