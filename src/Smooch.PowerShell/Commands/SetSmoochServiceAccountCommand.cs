using System.Management.Automation;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands
{
    /// <summary>Renames a v1.1 service account.</summary>
    [Cmdlet(VerbsCommon.Set, "SmoochServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ServiceAccount))]
    public sealed class SetSmoochServiceAccountCommand : SunshineCmdlet
    {
        /// <summary>The service account to rename.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.Id)]
        public string? ServiceAccountId { get; set; }

        /// <summary>The new name.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        [ValidateTextLimit(TextLimits.SunshineName)]
        public string? Name { get; set; }

        /// <summary>Writes the updated service account.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override void Process() =>
            Update($"service account {ServiceAccountId}", $"Rename to '{Name}'", ServiceAccountId,
                ct => Client.ServiceAccounts.UpdateAsync(ServiceAccountId!, Name!, ct),
                PassThru, ModelMap.From);
    }
}
