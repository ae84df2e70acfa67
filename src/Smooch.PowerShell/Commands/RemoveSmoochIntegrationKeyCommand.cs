using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Deletes custom integration API keys (many at once, concurrently up to -ThrottleLimit).</summary>
    [Cmdlet(VerbsCommon.Remove, "SmoochIntegrationKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveSmoochIntegrationKeyCommand : RemoveCmdlet<(string AppId, string IntegrationId, string KeyId)>
    {
        /// <summary>The app of the integration.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(AppIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? AppId { get; set; }

        /// <summary>The integration that owns the keys.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? IntegrationId { get; set; }

        /// <summary>The keys (int_...) to delete.</summary>
        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(KeyIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? KeyId { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Sunshine;

        internal override string Noun => "integration key";

        internal override void Process()
        {
            foreach (string key in KeyId!)
            {
                RemoveIfConfirmed((AppId!, IntegrationId!, key));
            }
        }

        internal override string Describe((string AppId, string IntegrationId, string KeyId) target) =>
            $"{target.KeyId} of integration {target.IntegrationId} (app {target.AppId})";

        internal override object? TargetOf((string AppId, string IntegrationId, string KeyId) input) => input.KeyId;

        internal override Task DeleteAsync((string AppId, string IntegrationId, string KeyId) target, CancellationToken cancellationToken) =>
            Client.IntegrationKeys.DeleteAsync(target.AppId, target.IntegrationId, target.KeyId, cancellationToken);
    }
}
