using System.Management.Automation;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Creates a service account in an organization.</summary>
    [Cmdlet(VerbsCommon.New, "SmoochOrganizationServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OrganizationServiceAccount))]
    public sealed class NewSmoochOrganizationServiceAccountCommand : OrganizationCmdlet
    {
        /// <summary>Organization id or label.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(OrganizationIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? OrganizationId { get; set; }

        /// <summary>Name of the new service account.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.OrganizationName)]
        public string? Name { get; set; }

        /// <summary>Optional description (at most 500 characters).</summary>
        [Parameter]
        [AllowEmptyString]
        [ValidateNotNull]
        [ValidateTextLimit(TextLimits.Description)]
        public string? Description { get; set; }

        internal override void Process() =>
            Change($"organization {OrganizationId}", $"Create service account '{Name}'", OrganizationId,
                ct => Client.Organization.CreateServiceAccountAsync(OrganizationId!, Name!, Description, ct),
                sa => WriteModel(ModelMap.From(sa)));
    }
}
