using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Creates an API key for a custom integration; the secret is emitted once, as a SecureString.</summary>
[Cmdlet(VerbsCommon.New, "SmoochIntegrationKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(IntegrationKey))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class NewSmoochIntegrationKeyCommand : SmoochCmdlet
{
    /// <summary>The app of the integration.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AppIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string AppId { get; set; } = string.Empty;

    /// <summary>The custom integration that gets the key.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(IntegrationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string IntegrationId { get; set; } = string.Empty;

    /// <summary>Display name of the key.</summary>
    [Parameter(Mandatory = true, Position = 2)]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.SunshineName)]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Emits the secret as a plain string instead of a SecureString.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    protected override void Process() =>
        Change($"integration {IntegrationId} of app {AppId}", $"Create integration key '{DisplayName}'", IntegrationId,
            ct => ActiveSession.IntegrationKeys.CreateAsync(AppId, IntegrationId, DisplayName, ct),
            created =>
            {
                WarnIfIncomplete(created.ResponseIncomplete, "integration key");
                WriteModel(ModelMap.From(created, AsPlainText));
            });
}
