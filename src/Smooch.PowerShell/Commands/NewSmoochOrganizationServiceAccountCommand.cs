using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Creates a service account in an organization.</summary>
[Cmdlet(VerbsCommon.New, "SmoochOrganizationServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OrganizationServiceAccount))]
[SmoochApi(SmoochApi.Organization)]
public sealed class NewSmoochOrganizationServiceAccountCommand : SmoochCmdlet
{
    /// <summary>Organization id or label.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>Name of the new service account.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.OrganizationName)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Optional description (at most 500 characters).</summary>
    [Parameter]
    [AllowEmptyString]
    [ValidateNotNull]
    [ValidateTextLimit(TextLimits.Description)]
    public string? Description { get; set; }

    protected override void Process() =>
        Change($"organization {OrganizationId}", $"Create service account '{Name}'", OrganizationId,
            ct => ActiveSession.Organization.CreateServiceAccountAsync(OrganizationId, Name, Description, ct),
            sa => WriteModel(ModelMap.From(sa)));
}
