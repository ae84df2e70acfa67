using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Common;

/// <summary>
/// The one base of the cmdlets that call an API (declared with <see cref="SmoochApiAttribute"/>): takes -Session,
/// else uses the runspace's default session of that API, and holds the <see cref="CallRunner"/> that drives the
/// client from the pipeline thread. Listing, bulk and removal are helpers a cmdlet holds (<see cref="Listing"/>,
/// <see cref="Removal{TTarget}"/>); a failure of one input is that input's non-terminating error.
/// </summary>
public abstract class SmoochCmdlet : PSCmdlet, ICmdletHost, IDisposable
{
    private readonly List<IDisposable> _helpers = new List<IDisposable>();
    private Session? _active;
    private CallRunner? _calls;

    /// <summary>The session to use instead of the default one of this cmdlet's API (from Connect-Smooch -PassThru).</summary>
    [Parameter]
    [ValidateNotNull]
    public Session? Session { get; set; }

    /// <summary>The session this invocation uses: -Session, else the default one of the cmdlet's API.</summary>
    internal SmoochSession ActiveSession => (_active ?? throw new InvalidOperationException("The session is resolved in BeginProcessing.")).Client;

    /// <summary>
    /// True for a cmdlet whose inputs may belong to either API (Invoke-SmoochKeyRotation): it declares no [SmoochApi]
    /// and resolves the session of each input with <see cref="SessionFor"/> instead of one in BeginProcessing.
    /// </summary>
    private protected virtual bool ResolvesSessionPerInput => false;

    /// <summary>The session for an input of <paramref name="api"/>: -Session (which must be of that API), else that API's default; throws <see cref="SessionUnusableException"/>.</summary>
    internal SmoochSession SessionFor(SmoochApi api) => SessionResolver.Resolve(Session, SessionRegistry.Get(api), api, MyInvocation.MyCommand.Name).Client;

    internal CallRunner Calls => _calls ?? throw new InvalidOperationException("The call runner starts in BeginProcessing.");

    CancellationToken ICmdletHost.CancellationToken => Calls.Token;

    protected sealed override void BeginProcessing()
    {
        _calls = new CallRunner(VerboseStream.IsWanted(this), WriteVerbose);
        if (ResolvesSessionPerInput)
        {
            return;
        }

        SmoochApi api = SmoochApiAttribute.Of(GetType());
        try
        {
            _active = SessionResolver.Resolve(Session, SessionRegistry.Get(api), api, MyInvocation.MyCommand.Name);
        }
        catch (SessionUnusableException unusable)
        {
            ThrowTerminatingError(unusable.ToErrorRecord(null));
        }
    }

    protected sealed override void ProcessRecord()
    {
        // The organization API cannot list organizations: -OrganizationId completes with the ones any
        // organization cmdlet was given in this process (bound by name or from the pipeline).
        if (MyInvocation.BoundParameters.TryGetValue("OrganizationId", out object? organizationId) && organizationId is string organization)
        {
            OrganizationIdCompleter.Remember(organization);
        }

        Process();
    }

    /// <summary>The work of one ProcessRecord.</summary>
    protected abstract void Process();

    protected override void StopProcessing() => _calls?.Cancel();

    /// <summary>Keeps <paramref name="helper"/> until the command is disposed (its work may still run after a terminating error).</summary>
    internal T Own<T>(T helper)
        where T : IDisposable
    {
        _helpers.Add(helper);
        return helper;
    }

    internal void WriteModel(object model) => WriteObject(OutputObjects.Wrap(model));

    /// <summary>
    /// A state change: asks ShouldProcess (so -WhatIf sends nothing), runs the call, writes what it returns;
    /// a failure is a non-terminating error with <paramref name="errorTarget"/> as its target.
    /// </summary>
    internal void Change<T>(string target, string action, object? errorTarget, Func<CancellationToken, Task<T>> call, Action<T> write)
    {
        if (Confirmed(target, action))
        {
            ForInput(errorTarget, () => write(Calls.Run(call)));
        }
    }

    /// <summary>A Set-*: a <see cref="Change"/> that writes the updated object only with -PassThru.</summary>
    internal void Update<T>(string target, string action, object? errorTarget, Func<CancellationToken, Task<T>> call, bool passThru, Func<T, object> map) =>
        Change(target, action, errorTarget, call, updated =>
        {
            if (passThru)
            {
                WriteModel(map(updated));
            }
        });

    /// <summary>A create that lost part of the server's response but kept the secret: say so, once.</summary>
    internal void WarnIfIncomplete(bool responseIncomplete, string what)
    {
        if (responseIncomplete)
        {
            WriteWarning($"The server's response for the new {what} was damaged; the secret was recovered, but other fields may be empty. Check it with Get-*.");
        }
    }

    /// <summary>Runs the work for one input; a failure becomes that input's non-terminating error, unless the pipeline is stopping.</summary>
    internal void ForInput(object? target, Action work)
    {
        try
        {
            Calls.StopIfCancelled(work);
        }
        catch (Exception ex) when (ex is not PipelineStoppedException)
        {
            WriteError(ErrorRecords.From(ex, target));
        }
    }

    /// <summary>Asks whether to change <paramref name="target"/>; honours -WhatIf and -Confirm, and -Force (<paramref name="force"/>) skips the prompt.</summary>
    internal bool Confirmed(string target, string action, bool force = false)
    {
        if (force && !WhatIfRequested)
        {
            WriteVerbose($"Performing the operation \"{action}\" on target \"{target}\" (-Force, no confirmation).");
            return true;
        }

        return ShouldProcess(target, action);
    }

    void ICmdletHost.WriteObject(object item) => WriteObject(item);

    void ICmdletHost.WriteError(ErrorRecord error) => WriteError(error);

    void ICmdletHost.WriteProgress(ProgressRecord progress) => WriteProgress(progress);

    IDisposable? ICmdletHost.RouteRequestLog() => Calls.RouteRequestLog();

    void ICmdletHost.FlushRequestLog() => Calls.FlushRequestLog();

    /// <summary>Called by the engine when the command is done: work still running here (after a terminating error) is cancelled.</summary>
    public void Dispose()
    {
        _calls?.Cancel();
        foreach (IDisposable helper in _helpers)
        {
            helper.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    private bool WhatIfRequested =>
        MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? whatIf)
            ? ((SwitchParameter)whatIf).IsPresent
            : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
}
