using System;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands;

/// <summary>Deletes organization credentials (many at once, concurrently up to -ThrottleLimit).</summary>
[Cmdlet(VerbsCommon.Remove, "SmoochOrganizationCredential", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[SmoochApi(SmoochApi.Organization)]
public sealed class RemoveSmoochOrganizationCredentialCommand : SmoochCmdlet
{
    private Removal<(string OrganizationId, string ServiceAccountId, string CredentialId)>? _removal;

    /// <summary>Organization id or label.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The service account that owns the credentials.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The credentials to delete.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(CredentialIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[] CredentialId { get; set; } = Array.Empty<string>();

    /// <summary>Removes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>How many requests run at once over the session. Default 8.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    private Removal<(string OrganizationId, string ServiceAccountId, string CredentialId)> Targets => _removal ??= Own(new Removal<(string OrganizationId, string ServiceAccountId, string CredentialId)>(this, "organization credential",
        target => $"{target.CredentialId} of service account {target.ServiceAccountId} (organization {target.OrganizationId})",
        target => target.CredentialId,
        (target, ct) => ActiveSession.Organization.DeleteCredentialAsync(target.OrganizationId, target.ServiceAccountId, target.CredentialId, ct),
        ThrottleLimit, Force));

    protected override void Process()
    {
        foreach (string id in CredentialId)
        {
            Targets.RemoveIfConfirmed((OrganizationId, ServiceAccountId, id));
        }
    }

    protected override void EndProcessing() => Targets.Complete();
}
