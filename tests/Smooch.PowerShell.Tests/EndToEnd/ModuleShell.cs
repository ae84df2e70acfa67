using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Smooch.PowerShell.Tests.EndToEnd
{
    /// <summary>
    /// A hosted PowerShell 7.6 runspace with the staged module imported, keeping every stream of the last call
    /// (errors, warnings, verbose, progress) so tests can check what a user would see.
    /// </summary>
    internal sealed class ModuleShell : IDisposable
    {
        private readonly Runspace runspace;

        public ModuleShell()
        {
            runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            Run("Import-Module -Name $args[0] -ErrorAction Stop", RepositoryPaths.StagedManifest);
            if (Errors.Count > 0)
            {
                throw new InvalidOperationException("Import failed: " + Errors[0]);
            }
        }

        public IReadOnlyList<ErrorRecord> Errors { get; private set; } = Array.Empty<ErrorRecord>();

        public IReadOnlyList<string> Verbose { get; private set; } = Array.Empty<string>();

        public IReadOnlyList<string> Warnings { get; private set; } = Array.Empty<string>();

        public IReadOnlyList<ProgressRecord> Progress { get; private set; } = Array.Empty<ProgressRecord>();

        public Collection<PSObject> Run(string script, params object?[] arguments)
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(script);
            foreach (object? argument in arguments)
            {
                shell.AddArgument(argument);
            }

            Collection<PSObject> output = shell.Invoke();
            Errors = shell.Streams.Error.ToList();
            Verbose = shell.Streams.Verbose.Select(v => v.Message).ToList();
            Warnings = shell.Streams.Warning.Select(w => w.Message).ToList();
            Progress = shell.Streams.Progress.ToList();
            return output;
        }

        /// <summary>Starts a script without waiting; the caller stops or ends it.</summary>
        public System.Management.Automation.PowerShell BeginRun(string script, params object?[] arguments)
        {
            var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(script);
            foreach (object? argument in arguments)
            {
                shell.AddArgument(argument);
            }

            shell.BeginInvoke();
            return shell;
        }

        /// <summary>Runs a script and returns its only output's base object.</summary>
        public T One<T>(string script, params object?[] arguments) => (T)Run(script, arguments).Single().BaseObject;

        public void Dispose() => runspace.Dispose();
    }
}
