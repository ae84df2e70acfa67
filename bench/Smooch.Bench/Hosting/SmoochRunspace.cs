using System;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Smooch.Bench.Floor;
using Smooch.Emulator;

namespace Smooch.Bench.Hosting
{
    /// <summary>
    /// A PowerShell 7.6 engine in this process with the staged Smooch module imported and connected to an emulator, and
    /// one PowerShell instance reused for every command, as a host that issues commands one by one would.
    /// </summary>
    internal sealed class SmoochRunspace : IDisposable
    {
        private readonly Runspace runspace;
        private readonly PowerShell shell;

        private SmoochRunspace()
        {
            var state = InitialSessionState.CreateDefault2();
            if (OperatingSystem.IsWindows())
            {
                state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass; // the loader is a script module
            }

            // The engine floor of the cmdlet scenario, beside the module and never part of it.
            state.Commands.Add(new SessionStateCmdletEntry("Get-BenchFloorKey", typeof(GetBenchFloorKeyCommand), null));
            runspace = RunspaceFactory.CreateRunspace(state);
            // Pipelines run on the calling thread: a thread hand-off per command is the host's choice, not the module's cost.
            runspace.ThreadOptions = PSThreadOptions.UseCurrentThread;
            runspace.Open();
            shell = PowerShell.Create(runspace);
        }

        public static SmoochRunspace Connect(SmoochEmulator emulator)
        {
            var connected = new SmoochRunspace();
            try
            {
                connected.Invoke("Import-Module", ("Name", StagedModule.Manifest()), ("ErrorAction", "Stop"));
                connected.Invoke(
                    "Connect-Smooch",
                    ("KeyId", emulator.AccountKeyId),
                    ("Secret", BenchSessions.Secure(emulator.AccountSecret)),
                    ("BaseUri", emulator.BaseAddress));
                return connected;
            }
            catch
            {
                connected.Dispose();
                throw;
            }
        }

        /// <summary>Runs one command; an error record fails the run.</summary>
        public Collection<PSObject> Invoke(string command, params (string Name, object Value)[] parameters)
        {
            shell.Commands.Clear();
            shell.AddCommand(command);
            return Run(parameters);
        }

        /// <summary>Runs a script (its param() block bound from the parameters); an error record fails the run.</summary>
        public Collection<PSObject> InvokeScript(string script, params (string Name, object Value)[] parameters)
        {
            shell.Commands.Clear();
            shell.AddScript(script);
            return Run(parameters);
        }

        public void Dispose()
        {
            shell.Dispose();
            runspace.Dispose();
        }

        private Collection<PSObject> Run((string Name, object Value)[] parameters)
        {
            foreach (var (name, value) in parameters)
            {
                shell.AddParameter(name, value);
            }

            Collection<PSObject> output;
            try
            {
                output = shell.Invoke();
            }
            catch (RuntimeException ex)
            {
                throw new InvalidOperationException($"{shell.Commands.Commands[0].CommandText}: {ex.Message}", ex);
            }

            var error = shell.HadErrors ? shell.Streams.Error.FirstOrDefault() : null;
            shell.Streams.ClearStreams(); // the instance is reused: nothing may pile up in its streams
            if (error is not null)
            {
                throw new InvalidOperationException($"{shell.Commands.Commands[0].CommandText}: {error}");
            }

            return output;
        }
    }
}
