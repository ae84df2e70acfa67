using System.Management.Automation;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Lists the v1.1 service accounts (every page, streaming), or gets those with the given ids.</summary>
    [Cmdlet(VerbsCommon.Get, "SmoochServiceAccount", SupportsPaging = true)]
    [OutputType(typeof(ServiceAccount))]
    public sealed class GetSmoochServiceAccountCommand : SunshineCmdlet
    {
        /// <summary>Service account ids (24 hex); wildcards filter the list.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
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

        internal override void Process()
        {
            NamePattern name = NamePattern.From(Name);
            foreach (string? id in ServiceAccountId ?? new string?[] { null })
            {
                ForInput(id, () => WriteOneOrList(NamePattern.From(id),
                    (literal, ct) => Client.ServiceAccounts.GetAsync(literal, ct),
                    ct => Client.ServiceAccounts.ListAsync(null, ct),
                    sa => sa.ServiceAccountId, sa => name.Matches(sa.Name), ModelMap.From));
            }
        }

        internal override void End() => WriteTotalCountIfAsked();
    }
}
