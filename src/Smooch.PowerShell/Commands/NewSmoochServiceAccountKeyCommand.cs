using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Creates a secret key for a v1.1 service account; the secret is emitted once, as a SecureString.</summary>
[Cmdlet(VerbsCommon.New, "SmoochServiceAccountKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ServiceAccountKey))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class NewSmoochServiceAccountKeyCommand : SmoochCmdlet
{
    /// <summary>The service account that gets the key.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>Name of the key.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.SunshineName)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Emits the secret as a plain string instead of a SecureString.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    protected override void Process() =>
        Change($"service account {ServiceAccountId}", $"Create secret key '{Name}'", ServiceAccountId,
            ct => ActiveSession.ServiceAccounts.CreateKeyAsync(ServiceAccountId, Name, ct),
            created =>
            {
                WarnIfIncomplete(created.ResponseIncomplete, "service-account key");
                WriteModel(ModelMap.From(created, AsPlainText));
            });
}
