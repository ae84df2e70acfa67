using System;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands;

/// <summary>Deletes organization service accounts (many at once, concurrently up to -ThrottleLimit).</summary>
[Cmdlet(VerbsCommon.Remove, "SmoochOrganizationServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[SmoochApi(SmoochApi.Organization)]
public sealed class RemoveSmoochOrganizationServiceAccountCommand : SmoochCmdlet
{
    private Removal<(string OrganizationId, string ServiceAccountId)>? _removal;

    /// <summary>Organization id or label.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The service accounts to delete.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
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

    private Removal<(string OrganizationId, string ServiceAccountId)> Targets => _removal ??= Own(new Removal<(string OrganizationId, string ServiceAccountId)>(this, "organization service account",
        target => $"{target.ServiceAccountId} of organization {target.OrganizationId}",
        target => target.ServiceAccountId,
        (target, ct) => ActiveSession.Organization.DeleteServiceAccountAsync(target.OrganizationId, target.ServiceAccountId, ct),
        ThrottleLimit, Force));

    protected override void Process()
    {
        foreach (string id in ServiceAccountId)
        {
            Targets.RemoveIfConfirmed((OrganizationId, id));
        }
    }

    protected override void EndProcessing() => Targets.Complete();
}
