using System;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Smooch.Bench.Floor;
using Smooch.Emulator;

namespace Smooch.Bench.Hosting;

/// <summary>
/// A PowerShell 7.6 engine in this process with the staged Smooch module imported and connected to an emulator, and
/// one PowerShell instance reused for every command, as a host that issues commands one by one would.
/// </summary>
internal sealed class SmoochRunspace : IDisposable
{
    private readonly Runspace _runspace;
    private readonly PowerShell _shell;

    private SmoochRunspace()
    {
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
        {
            state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass; // the loader is a script module
        }

        // The engine floors of the cmdlet scenario, beside the module and never part of it.
        state.Commands.Add(new SessionStateCmdletEntry("Get-BenchFloorKey", typeof(GetBenchFloorKeyCommand), null));
        state.Commands.Add(new SessionStateCmdletEntry("Get-BenchFloorCallKey", typeof(GetBenchFloorCallKeyCommand), null));
        _runspace = RunspaceFactory.CreateRunspace(state);
        // Pipelines run on the calling thread: a thread hand-off per command is the host's choice, not the module's cost.
        _runspace.ThreadOptions = PSThreadOptions.UseCurrentThread;
        _runspace.Open();
        _shell = PowerShell.Create(_runspace);
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
        _shell.Commands.Clear();
        _shell.AddCommand(command);
        return Run(parameters);
    }

    /// <summary>Runs a script (its param() block bound from the parameters); an error record fails the run.</summary>
    public Collection<PSObject> InvokeScript(string script, params (string Name, object Value)[] parameters)
    {
        _shell.Commands.Clear();
        _shell.AddScript(script);
        return Run(parameters);
    }

    public void Dispose()
    {
        _shell.Dispose();
        _runspace.Dispose();
    }

    private Collection<PSObject> Run((string Name, object Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            _shell.AddParameter(name, value);
        }

        Collection<PSObject> output;
        try
        {
            output = _shell.Invoke();
        }
        catch (RuntimeException ex)
        {
            throw new InvalidOperationException($"{_shell.Commands.Commands[0].CommandText}: {ex.Message}", ex);
        }

        var error = _shell.HadErrors ? _shell.Streams.Error.FirstOrDefault() : null;
        _shell.Streams.ClearStreams(); // the instance is reused: nothing may pile up in its streams
        if (error is not null)
        {
            throw new InvalidOperationException($"{_shell.Commands.Commands[0].CommandText}: {error}");
        }

        return output;
    }
}
