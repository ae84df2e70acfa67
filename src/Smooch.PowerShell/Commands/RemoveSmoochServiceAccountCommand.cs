using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Deletes v1.1 service accounts (many at once, concurrently up to -ThrottleLimit).</summary>
    [Cmdlet(VerbsCommon.Remove, "SmoochServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveSmoochServiceAccountCommand : RemoveCmdlet<string>
    {
        /// <summary>The service accounts to delete.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string[]? ServiceAccountId { get; set; }

        internal override SmoochApi RequiredApi => SmoochApi.Sunshine;

        internal override string Noun => "service account";

        internal override void Process()
        {
            foreach (string id in ServiceAccountId!)
            {
                RemoveIfConfirmed(id);
            }
        }

        internal override string Describe(string target) => target;

        internal override object? TargetOf(string input) => input;

        internal override Task DeleteAsync(string target, CancellationToken cancellationToken) => Client.ServiceAccounts.DeleteAsync(target, cancellationToken);
    }
}
