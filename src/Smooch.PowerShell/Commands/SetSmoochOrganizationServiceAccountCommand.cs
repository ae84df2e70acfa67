using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Changes the name and/or description of an organization service account.</summary>
[Cmdlet(VerbsCommon.Set, "SmoochOrganizationServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OrganizationServiceAccount))]
[SmoochApi(SmoochApi.Organization)]
public sealed class SetSmoochOrganizationServiceAccountCommand : SmoochCmdlet
{
    /// <summary>Organization id or label.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The service account to change.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string ServiceAccountId { get; set; } = string.Empty;

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

    /// <summary>Writes the updated service account.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void Process()
    {
        if (Name is null && Description is null)
        {
            WriteError(ErrorRecords.NothingToChange(ServiceAccountId));
            return;
        }

        Update($"service account {ServiceAccountId} of organization {OrganizationId}", "Update", ServiceAccountId,
            ct => ActiveSession.Organization.UpdateServiceAccountAsync(OrganizationId, ServiceAccountId, Name, Description, ct),
            PassThru, ModelMap.From);
    }
}
