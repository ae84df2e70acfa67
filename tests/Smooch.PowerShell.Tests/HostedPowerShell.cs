using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Smooch.PowerShell.Tests
{
    /// <summary>
    /// A real PowerShell 7.6 engine (System.Management.Automation hosted in this test process) with the
    /// staged module imported from out/Smooch, exactly as a user's Import-Module would load it.
    /// Only the engine's core commands exist here (no Microsoft.PowerShell.Utility), so scripts use
    /// .NET calls where a user would reach for Select-Object or ConvertTo-SecureString.
    /// </summary>
    internal sealed class HostedPowerShell : IDisposable
    {
        private readonly Runspace runspace;

        public HostedPowerShell(bool importModule = true)
        {
            runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            if (importModule)
            {
                Invoke("Import-Module -Name $args[0] -ErrorAction Stop", RepositoryPaths.StagedManifest);
            }
        }

        public IReadOnlyList<ErrorRecord> LastErrors { get; private set; } = Array.Empty<ErrorRecord>();

        /// <summary>Runs a script (with $args) and returns its output; errors are kept in <see cref="LastErrors"/>.</summary>
        public Collection<PSObject> Invoke(string script, params object[] arguments)
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(script);
            foreach (object argument in arguments)
            {
                shell.AddArgument(argument);
            }

            Collection<PSObject> output = shell.Invoke();
            LastErrors = shell.Streams.Error.ToList();
            return output;
        }

        public void Dispose() => runspace.Dispose();
    }
}
