using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using Smooch.Client;
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
        private NamePattern key = NamePattern.From(null);
        private NamePattern displayName = NamePattern.From(null);

        /// <summary>The apps whose keys to list (24 hex).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(AppIdCompleter))]
        public string[]? AppId { get; set; }

        /// <summary>A key id (app_...) to get; wildcards filter the list.</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(KeyIdCompleter))]
        public string? KeyId { get; set; }

        /// <summary>Only keys whose display name matches (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        public string? DisplayName { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Sunshine;

        internal override string Activity => "Listing app keys";

        internal override void Begin()
        {
            base.Begin();
            key = NamePattern.From(KeyId);
            displayName = NamePattern.From(DisplayName);
        }

        internal override void Process()
        {
            ListChildren(AppId!);
        }

        internal override object? TargetOf(string input) => key.IsLiteral ? key.Text : input;

        internal override IAsyncEnumerable<AppKey> Fetch(string parent, CancellationToken cancellationToken) => key.IsLiteral
            ? AsyncLists.One(() => Client.AppKeys.GetAsync(parent, key.Text!, cancellationToken), k => displayName.Matches(k.DisplayName), ModelMap.From)
            : AsyncLists.Filter(Client.AppKeys.ListAsync(parent, cancellationToken), k => key.Matches(k.KeyId) && displayName.Matches(k.DisplayName), ModelMap.From, cancellationToken);
    }
}
