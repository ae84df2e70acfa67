using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Deletes secret keys of a v1.1 service account (many at once, concurrently up to -ThrottleLimit).</summary>
    [Cmdlet(VerbsCommon.Remove, "SmoochServiceAccountKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveSmoochServiceAccountKeyCommand : RemoveCmdlet<(string ServiceAccountId, string KeyId)>
    {
        /// <summary>The service account that owns the keys.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? ServiceAccountId { get; set; }

        /// <summary>The keys (svc_...) to delete.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(KeyIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? KeyId { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Sunshine;

        internal override string Noun => "service-account key";

        internal override void Process()
        {
            foreach (string key in KeyId!)
            {
                RemoveIfConfirmed((ServiceAccountId!, key));
            }
        }

        internal override string Describe((string ServiceAccountId, string KeyId) target) => $"{target.KeyId} of service account {target.ServiceAccountId}";

        internal override object? TargetOf((string ServiceAccountId, string KeyId) input) => input.KeyId;

        internal override Task DeleteAsync((string ServiceAccountId, string KeyId) target, CancellationToken cancellationToken) =>
            Client.ServiceAccounts.DeleteKeyAsync(target.ServiceAccountId, target.KeyId, cancellationToken);
    }
}
