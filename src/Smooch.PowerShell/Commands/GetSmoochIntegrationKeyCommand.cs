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
    /// <summary>Lists the API keys of custom integrations (many at once, concurrently), or gets one key; never a secret.</summary>
    [Cmdlet(VerbsCommon.Get, "SmoochIntegrationKey", SupportsPaging = true)]
    [OutputType(typeof(IntegrationKey))]
    public sealed class GetSmoochIntegrationKeyCommand : ChildListCmdlet<(string AppId, string IntegrationId), IntegrationKey>
    {
        /// <summary>The app of the integrations.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(AppIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? AppId { get; set; }

        /// <summary>The custom integrations whose keys to list.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? IntegrationId { get; set; }

        /// <summary>A key id (int_...) to get; wildcards filter the list.</summary>
        [Parameter(Position = 2, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(KeyIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? KeyId { get; set; }

        /// <summary>Only keys whose display name matches (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? DisplayName { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Sunshine;

        internal override string? ChildIdFilter => KeyId;

        internal override string? NameFilter => DisplayName;

        internal override string ParentIdOf((string AppId, string IntegrationId) parent) => parent.IntegrationId;

        internal override string Activity => "Listing integration keys";

        internal override void Process()
        {
            ListChildren(IntegrationId!.Select(id => (AppId!, id)).ToList());
        }

        internal override IAsyncEnumerable<IntegrationKey> Fetch((string AppId, string IntegrationId) parent, NamePattern childId, CancellationToken cancellationToken) => GetOrList(childId,
            id => Client.IntegrationKeys.GetAsync(parent.AppId, parent.IntegrationId, id, cancellationToken),
            () => Client.IntegrationKeys.ListAsync(parent.AppId, parent.IntegrationId, cancellationToken),
            k => k.KeyId, k => k.DisplayName, ModelMap.From, cancellationToken);
    }
}
