using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
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
            foreach (string id in AppId!)
            {
                Enqueue(id);
            }
        }

        internal override object? TargetOf(string input) => key.IsLiteral ? key.Text : input;

        internal override Task<IReadOnlyList<AppKey>> RunAsync(string input, CancellationToken cancellationToken) => key.IsLiteral
            ? AsyncLists.OneAsync(Client.AppKeys.GetAsync(input, key.Text!, cancellationToken), k => displayName.Matches(k.DisplayName), ModelMap.From)
            : AsyncLists.CollectAsync(Client.AppKeys.ListAsync(input, cancellationToken), k => key.Matches(k.KeyId) && displayName.Matches(k.DisplayName), ModelMap.From, cancellationToken);
    }
}
