using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Lists the secret keys of v1.1 service accounts (many at once, concurrently), or gets one key; never a secret.</summary>
    [Cmdlet(VerbsCommon.Get, "SmoochServiceAccountKey", SupportsPaging = true)]
    [OutputType(typeof(ServiceAccountKey))]
    public sealed class GetSmoochServiceAccountKeyCommand : ChildListCmdlet<string, ServiceAccountKey>
    {
        /// <summary>The service accounts whose keys to list.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? ServiceAccountId { get; set; }

        /// <summary>A key id (svc_...) to get; wildcards filter the list.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(KeyIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? KeyId { get; set; }

        /// <summary>Only keys whose name matches (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Sunshine;

        internal override string? ChildIdFilter => KeyId;

        internal override string? NameFilter => Name;

        internal override string ParentIdOf(string parent) => parent;

        internal override string Activity => "Listing service-account keys";

        internal override void Process()
        {
            ListChildren(ServiceAccountId!);
        }

        internal override IAsyncEnumerable<ServiceAccountKey> Fetch(string parent, NamePattern childId, CancellationToken cancellationToken) => GetOrList(childId,
            id => Client.ServiceAccounts.GetKeyAsync(parent, id, cancellationToken),
            () => Client.ServiceAccounts.ListKeysAsync(parent, cancellationToken),
            k => k.KeyId, k => k.Name, ModelMap.From, cancellationToken);
    }
}
