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
    /// <summary>Lists the v2 app keys of apps (many at once, concurrently), or gets one key; never a secret.</summary>
    [Cmdlet(VerbsCommon.Get, "SmoochAppKey", SupportsPaging = true)]
    [OutputType(typeof(AppKey))]
    public sealed class GetSmoochAppKeyCommand : ChildListCmdlet<string, AppKey>
    {
        /// <summary>The apps whose keys to list (24 hex).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(AppIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? AppId { get; set; }

        /// <summary>A key id (app_...) to get; wildcards filter the list.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
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

        internal override string ParentIdOf(string parent) => parent;

        internal override string Activity => "Listing app keys";

        internal override void Process()
        {
            ListChildren(AppId!);
        }

        internal override IAsyncEnumerable<AppKey> Fetch(string parent, NamePattern childId, CancellationToken cancellationToken) => GetOrList(childId,
            id => Client.AppKeys.GetAsync(parent, id, cancellationToken),
            () => Client.AppKeys.ListAsync(parent, cancellationToken),
            k => k.KeyId, k => k.DisplayName, ModelMap.From, cancellationToken);
    }
}
