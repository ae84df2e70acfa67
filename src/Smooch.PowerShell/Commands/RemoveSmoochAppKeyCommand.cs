using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Deletes v2 app keys (many at once, concurrently up to -ThrottleLimit).</summary>
    [Cmdlet(VerbsCommon.Remove, "SmoochAppKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveSmoochAppKeyCommand : RemoveCmdlet<(string AppId, string KeyId)>
    {
        /// <summary>The app that owns the keys.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(AppIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? AppId { get; set; }

        /// <summary>The keys (app_...) to delete.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(KeyIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? KeyId { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Sunshine;

        internal override string Noun => "app key";

        internal override void Process()
        {
            foreach (string key in KeyId!)
            {
                RemoveIfConfirmed((AppId!, key));
            }
        }

        internal override string Describe((string AppId, string KeyId) target) => $"{target.KeyId} of app {target.AppId}";

        internal override object? TargetOf((string AppId, string KeyId) input) => input.KeyId;

        internal override Task DeleteAsync((string AppId, string KeyId) target, CancellationToken cancellationToken) =>
            Client.AppKeys.DeleteAsync(target.AppId, target.KeyId, cancellationToken);
    }
}
