using System;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands;

/// <summary>Deletes v1.1 service accounts (many at once, concurrently up to -ThrottleLimit).</summary>
[Cmdlet(VerbsCommon.Remove, "SmoochServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class RemoveSmoochServiceAccountCommand : SmoochCmdlet
{
    private Removal<string>? _removal;

    /// <summary>The service accounts to delete.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[] ServiceAccountId { get; set; } = Array.Empty<string>();

    /// <summary>Removes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>How many requests run at once over the session. Default 8.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    private Removal<string> Targets => _removal ??= Own(new Removal<string>(this, "service account",
        target => target,
        target => target,
        (target, ct) => ActiveSession.ServiceAccounts.DeleteAsync(target, ct),
        ThrottleLimit, Force));

    protected override void Process()
    {
        foreach (string id in ServiceAccountId)
        {
            Targets.RemoveIfConfirmed(id);
        }
    }

    protected override void EndProcessing() => Targets.Complete();
}
