using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Changes the name and/or description of an organization credential.</summary>
[Cmdlet(VerbsCommon.Set, "SmoochOrganizationCredential", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OrganizationCredential))]
[SmoochApi(SmoochApi.Organization)]
public sealed class SetSmoochOrganizationCredentialCommand : SmoochCmdlet
{
    /// <summary>Organization id or label.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The service account that owns the credential.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The credential to change.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(CredentialIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string CredentialId { get; set; } = string.Empty;

    /// <summary>The new name.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.OrganizationName)]
    public string? Name { get; set; }

    /// <summary>The new description.</summary>
    [Parameter]
    [AllowEmptyString]
    [ValidateNotNull]
    [ValidateTextLimit(TextLimits.Description)]
    public string? Description { get; set; }

    /// <summary>Writes the updated credential.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void Process()
    {
        if (Name is null && Description is null)
        {
            WriteError(ErrorRecords.NothingToChange(CredentialId));
            return;
        }

        Update($"credential {CredentialId} of service account {ServiceAccountId}", "Update", CredentialId,
            ct => ActiveSession.Organization.UpdateCredentialAsync(OrganizationId, ServiceAccountId, CredentialId, Name, Description, ct),
            PassThru, ModelMap.From);
    }
}
