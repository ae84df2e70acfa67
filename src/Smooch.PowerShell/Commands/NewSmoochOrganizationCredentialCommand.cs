using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Creates a credential (client id + secret) for an organization service account; the secret is emitted once, as a SecureString.</summary>
[Cmdlet(VerbsCommon.New, "SmoochOrganizationCredential", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OrganizationCredential))]
[SmoochApi(SmoochApi.Organization)]
public sealed class NewSmoochOrganizationCredentialCommand : SmoochCmdlet
{
    /// <summary>Organization id or label.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The service account that gets the credential.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>Name of the credential.</summary>
    [Parameter(Mandatory = true, Position = 2)]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.OrganizationName)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Optional description (at most 500 characters).</summary>
    [Parameter]
    [AllowEmptyString]
    [ValidateNotNull]
    [ValidateTextLimit(TextLimits.Description)]
    public string? Description { get; set; }

    /// <summary>Emits the client secret as a plain string instead of a SecureString.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    protected override void Process() =>
        Change($"service account {ServiceAccountId} of organization {OrganizationId}", $"Create credential '{Name}'", ServiceAccountId,
            ct => ActiveSession.Organization.CreateCredentialAsync(OrganizationId, ServiceAccountId, Name, Description, ct),
            created =>
            {
                WarnIfIncomplete(created.ResponseIncomplete, "credential");
                WriteModel(ModelMap.From(created, AsPlainText));
            });
}
