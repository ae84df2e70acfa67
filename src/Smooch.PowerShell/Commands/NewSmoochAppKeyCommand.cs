using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Creates a v2 app key; the secret is emitted once, as a SecureString.</summary>
[Cmdlet(VerbsCommon.New, "SmoochAppKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AppKey))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class NewSmoochAppKeyCommand : SmoochCmdlet
{
    /// <summary>The app that gets the key.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AppIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string AppId { get; set; } = string.Empty;

    /// <summary>Display name of the key.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.SunshineName)]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Emits the secret as a plain string instead of a SecureString.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    protected override void Process() =>
        Change($"app {AppId}", $"Create app key '{DisplayName}'", AppId,
            ct => ActiveSession.AppKeys.CreateAsync(AppId, DisplayName, ct),
            created =>
            {
                WarnIfIncomplete(created.ResponseIncomplete, "app key");
                WriteModel(ModelMap.From(created, AsPlainText));
            });
}
