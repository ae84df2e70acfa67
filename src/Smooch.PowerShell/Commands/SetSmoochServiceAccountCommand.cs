using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Renames a v1.1 service account.</summary>
[Cmdlet(VerbsCommon.Set, "SmoochServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ServiceAccount))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class SetSmoochServiceAccountCommand : SmoochCmdlet
{
    /// <summary>The service account to rename.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The new name.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.SunshineName)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Writes the updated service account.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void Process() =>
        Update($"service account {ServiceAccountId}", $"Rename to '{Name}'", ServiceAccountId,
            ct => ActiveSession.ServiceAccounts.UpdateAsync(ServiceAccountId, Name, ct),
            PassThru, ModelMap.From);
}
