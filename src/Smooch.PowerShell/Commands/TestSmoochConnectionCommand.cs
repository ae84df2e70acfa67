using System;
using System.Linq;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.Client.Verification;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>
/// Checks that a session's credential authenticates, with the cheapest read-only request its kind may make, and
/// says so in an object; a refused credential is a result, not an error. Takes the default sessions of this
/// runspace, -Session, or sessions from the pipeline.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "SmoochConnection")]
[OutputType(typeof(ConnectionTest))]
public sealed class TestSmoochConnectionCommand : PSCmdlet, IDisposable
{
    private CallRunner? _calls;

    /// <summary>The session to check (Connect-Smooch -PassThru, Get-SmoochSession). Default: each default session of this runspace.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    [ValidateNotNull]
    public Session? Session { get; set; }

    /// <summary>The app an app key (app_) belongs to: the one read such a key may make is of its own app. Not used for other kinds.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    [ArgumentCompleter(typeof(AppIdCompleter))]
    public string? AppId { get; set; }

    protected override void BeginProcessing() => _calls = new CallRunner(VerboseStream.IsWanted(this), WriteVerbose);

    protected override void ProcessRecord()
    {
        if (Session is not null)
        {
            Check(Session);
            return;
        }

        Session[] defaults = new[] { SmoochApi.Sunshine, SmoochApi.Organization }.Select(SessionRegistry.Get).OfType<Session>().ToArray();
        if (defaults.Length == 0)
        {
            ThrowTerminatingError(ErrorRecords.Usage(
                "Test-SmoochConnection checks a session, and this PowerShell session has none. Run Connect-Smooch first, or pass -Session.",
                "NotConnected", ErrorCategory.ConnectionError, null));
        }

        foreach (Session session in defaults)
        {
            Check(session);
        }
    }

    protected override void StopProcessing() => _calls?.Cancel();

    public void Dispose() => _calls?.Cancel();

    /// <summary>One session: its result, or its non-terminating error when the check could not be made (closed session, no connection, 5xx).</summary>
    private void Check(Session session)
    {
        try
        {
            Session open = SessionResolver.Resolve(session, null, session.Api, MyInvocation.MyCommand.Name);
            CredentialCheckResult result = ConnectionCheck.Run(_calls!, open.Client, AppId, WriteVerbose);
            WriteObject(OutputObjects.Wrap(ModelMap.From(result, open.BaseAddress)));
        }
        catch (SessionUnusableException unusable)
        {
            WriteError(unusable.ToErrorRecord(session));
        }
        catch (Exception ex) when (ex is not PipelineStoppedException)
        {
            WriteError(ErrorRecords.From(ex, session));
        }
    }
}
