using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Smooch.PowerShell.Tests;

/// <summary>
/// A real PowerShell 7.6 engine (Microsoft.PowerShell.SDK hosted in this test process, with the standard
/// Utility, Management and Security modules) with the staged module imported from out/Smooch, exactly as a
/// user's Import-Module would load it. Every stream of the last call (errors, warnings, verbose, progress) is
/// kept so tests can check what a user would see.
/// </summary>
internal sealed class HostedPowerShell : IDisposable
{
    private readonly Runspace _runspace;

    public HostedPowerShell(bool importModule = true)
    {
        _runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        _runspace.Open();
        if (importModule)
        {
            Run("Import-Module -Name $args[0] -ErrorAction Stop", RepositoryPaths.StagedManifest);
            if (Errors.Count > 0)
            {
                throw new InvalidOperationException("Import failed: " + Errors[0]);
            }
        }
    }

    public IReadOnlyList<ErrorRecord> Errors { get; private set; } = Array.Empty<ErrorRecord>();

    public IReadOnlyList<string> Verbose { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<string> Warnings { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<ProgressRecord> Progress { get; private set; } = Array.Empty<ProgressRecord>();

    /// <summary>Runs a script (with $args) and returns its output; the other streams are kept in the properties above.</summary>
    public Collection<PSObject> Run(string script, params object?[] arguments)
    {
        using System.Management.Automation.PowerShell shell = Create(script, arguments);
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
        System.Management.Automation.PowerShell shell = Create(script, arguments);
        shell.BeginInvoke();
        return shell;
    }

    /// <summary>Runs a script and returns its only output's base object.</summary>
    public T One<T>(string script, params object?[] arguments) => (T)Run(script, arguments).Single().BaseObject;

    public void Dispose() => _runspace.Dispose();

    private System.Management.Automation.PowerShell Create(string script, object?[] arguments)
    {
        var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = _runspace;
        shell.AddScript(script);
        foreach (object? argument in arguments)
        {
            shell.AddArgument(argument);
        }

        return shell;
    }
}
