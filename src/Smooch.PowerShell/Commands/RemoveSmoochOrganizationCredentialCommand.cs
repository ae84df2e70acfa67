using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Deletes organization credentials (many at once, concurrently up to -ThrottleLimit).</summary>
    [Cmdlet(VerbsCommon.Remove, "SmoochOrganizationCredential", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveSmoochOrganizationCredentialCommand : RemoveCmdlet<(string OrganizationId, string ServiceAccountId, string CredentialId)>
    {
        /// <summary>Organization id or label.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(OrganizationIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? OrganizationId { get; set; }

        /// <summary>The service account that owns the credentials.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? ServiceAccountId { get; set; }

        /// <summary>The credentials to delete.</summary>
        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(CredentialIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? CredentialId { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Organization;

        internal override string Noun => "organization credential";

        internal override void Process()
        {
            foreach (string id in CredentialId!)
            {
                RemoveIfConfirmed((OrganizationId!, ServiceAccountId!, id));
            }
        }

        internal override string Describe((string OrganizationId, string ServiceAccountId, string CredentialId) target) =>
            $"{target.CredentialId} of service account {target.ServiceAccountId} (organization {target.OrganizationId})";

        internal override object? TargetOf((string OrganizationId, string ServiceAccountId, string CredentialId) input) => input.CredentialId;

        internal override Task DeleteAsync((string OrganizationId, string ServiceAccountId, string CredentialId) target, CancellationToken cancellationToken) =>
            Client.Organization.DeleteCredentialAsync(target.OrganizationId, target.ServiceAccountId, target.CredentialId, cancellationToken);
    }
}
