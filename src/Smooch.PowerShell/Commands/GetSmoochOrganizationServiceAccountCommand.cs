using System.Management.Automation;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Lists an organization's service accounts (every page, streaming), or gets those with the given ids.</summary>
    [Cmdlet(VerbsCommon.Get, "SmoochOrganizationServiceAccount", SupportsPaging = true)]
    [OutputType(typeof(OrganizationServiceAccount))]
    public sealed class GetSmoochOrganizationServiceAccountCommand : OrganizationCmdlet
    {
        /// <summary>Organization id or label.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(OrganizationIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? OrganizationId { get; set; }

        /// <summary>Service account ids; wildcards filter the list.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? ServiceAccountId { get; set; }

        /// <summary>Only service accounts whose name matches (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Includes each service account's permissions.</summary>
        [Parameter]
        public SwitchParameter ExpandPermissions { get; set; }

        internal override void Process()
        {
            NamePattern name = NamePattern.From(Name);
            string organization = OrganizationId!;
            foreach (string? id in ServiceAccountId ?? new string?[] { null })
            {
                ForInput(id ?? organization, () => WriteOneOrList(NamePattern.From(id),
                    (literal, ct) => Client.Organization.GetServiceAccountAsync(organization, literal, ExpandPermissions, ct),
                    ct => Client.Organization.ListServiceAccountsAsync(organization, ExpandPermissions, null, ct),
                    sa => sa.ServiceAccountId, sa => name.Matches(sa.Name), ModelMap.From));
            }
        }

        internal override void End() => WriteTotalCountIfAsked();
    }
}
