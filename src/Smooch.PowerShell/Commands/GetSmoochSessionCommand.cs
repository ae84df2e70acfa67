using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Shows this runspace's default sessions: API, base address, auth mode and key id — never a secret.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochSession")]
[OutputType(typeof(Session))]
public sealed class GetSmoochSessionCommand : PSCmdlet
{
    /// <summary>Only the default session of these APIs. Default: both.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public SmoochApi[]? Api { get; set; }

    protected override void EndProcessing()
    {
        foreach (SmoochApi api in Api ?? new[] { SmoochApi.Sunshine, SmoochApi.Organization })
        {
            Session? session = SessionRegistry.Get(api);
            if (session is not null)
            {
                session.HandedOut = true;
                WriteObject(OutputObjects.Wrap(session));
            }
        }
    }
}
