using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Closes this runspace's default sessions (both APIs, or those named with -Api), or the session given with -Session.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "Smooch", DefaultParameterSetName = ApiSet)]
public sealed class DisconnectSmoochCommand : PSCmdlet
{
    private const string ApiSet = "Api";
    private const string SessionSet = "Session";

    /// <summary>Which default session(s) to close. Default: both.</summary>
    [Parameter(Position = 0, ParameterSetName = ApiSet)]
    [ValidateNotNullOrEmpty]
    public SmoochApi[]? Api { get; set; }

    /// <summary>A session from Connect-Smooch -PassThru; if it is a default session it stops being the default.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = SessionSet)]
    public Session? Session { get; set; }

    protected override void ProcessRecord()
    {
        if (Session is not null)
        {
            if (ReferenceEquals(SessionRegistry.Get(Session.Api), Session))
            {
                SessionRegistry.Remove(Session.Api);
            }

            Close(Session);
            return;
        }

        foreach (SmoochApi api in Api ?? new[] { SmoochApi.Sunshine, SmoochApi.Organization })
        {
            Session? removed = SessionRegistry.Remove(api);
            if (removed is not null)
            {
                Close(removed);
            }
        }
    }

    private void Close(Session session)
    {
        session.Close();
        WriteVerbose($"Disconnected from the {SessionResolver.Describe(session.Api)} at {session.BaseAddress}.");
    }
}
