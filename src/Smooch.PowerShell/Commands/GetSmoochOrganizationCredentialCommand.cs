using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Lists the credentials of organization service accounts (many at once, concurrently), or gets one; never a secret.</summary>
    [Cmdlet(VerbsCommon.Get, "SmoochOrganizationCredential", SupportsPaging = true)]
    [OutputType(typeof(OrganizationCredential))]
    public sealed class GetSmoochOrganizationCredentialCommand : ChildListCmdlet<(string OrganizationId, string ServiceAccountId), OrganizationCredential>
    {
        /// <summary>Organization id or label.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(OrganizationIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? OrganizationId { get; set; }

        /// <summary>The service accounts whose credentials to list.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? ServiceAccountId { get; set; }

        /// <summary>A credential id to get; wildcards filter the list.</summary>
        [Parameter(Position = 2, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(CredentialIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? CredentialId { get; set; }

        /// <summary>Only credentials whose name matches (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Includes each credential's permissions.</summary>
        [Parameter]
        public SwitchParameter ExpandPermissions { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Organization;

        internal override string? ChildIdFilter => CredentialId;

        internal override string? NameFilter => Name;

        internal override string ParentIdOf((string OrganizationId, string ServiceAccountId) parent) => parent.ServiceAccountId;

        internal override string Activity => "Listing organization credentials";

        internal override void Process()
        {
            ListChildren(ServiceAccountId!.Select(id => (OrganizationId!, id)).ToList());
        }

        internal override IAsyncEnumerable<OrganizationCredential> Fetch((string OrganizationId, string ServiceAccountId) parent, NamePattern childId, CancellationToken cancellationToken) => GetOrList(childId,
            id => Client.Organization.GetCredentialAsync(parent.OrganizationId, parent.ServiceAccountId, id, ExpandPermissions, cancellationToken),
            () => Client.Organization.ListCredentialsAsync(parent.OrganizationId, parent.ServiceAccountId, ExpandPermissions, null, cancellationToken),
            c => c.CredentialId, c => c.Name, ModelMap.From, cancellationToken);
    }
}
