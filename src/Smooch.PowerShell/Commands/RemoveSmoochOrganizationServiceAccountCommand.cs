using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Deletes organization service accounts (many at once, concurrently up to -ThrottleLimit).</summary>
    [Cmdlet(VerbsCommon.Remove, "SmoochOrganizationServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveSmoochOrganizationServiceAccountCommand : RemoveCmdlet<(string OrganizationId, string ServiceAccountId)>
    {
        /// <summary>Organization id or label.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(OrganizationIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? OrganizationId { get; set; }

        /// <summary>The service accounts to delete.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? ServiceAccountId { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Organization;

        internal override string Noun => "organization service account";

        internal override void Process()
        {
            foreach (string id in ServiceAccountId!)
            {
                RemoveIfConfirmed((OrganizationId!, id));
            }
        }

        internal override string Describe((string OrganizationId, string ServiceAccountId) target) => $"{target.ServiceAccountId} of organization {target.OrganizationId}";

        internal override object? TargetOf((string OrganizationId, string ServiceAccountId) input) => input.ServiceAccountId;

        internal override Task DeleteAsync((string OrganizationId, string ServiceAccountId) target, CancellationToken cancellationToken) =>
            Client.Organization.DeleteServiceAccountAsync(target.OrganizationId, target.ServiceAccountId, cancellationToken);
    }
}
