using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Creates a v1.1 service account (needs an account key, act_...).</summary>
[Cmdlet(VerbsCommon.New, "SmoochServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ServiceAccount))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class NewSmoochServiceAccountCommand : SmoochCmdlet
{
    /// <summary>Name of the new service account (unique in the account).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.SunshineName)]
    public string Name { get; set; } = string.Empty;

    protected override void Process() =>
        Change($"service account '{Name}'", "Create", Name, ct => ActiveSession.ServiceAccounts.CreateAsync(Name, ct), sa => WriteModel(ModelMap.From(sa)));
}
