using System;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands;

/// <summary>Deletes v2 app keys (many at once, concurrently up to -ThrottleLimit).</summary>
[Cmdlet(VerbsCommon.Remove, "SmoochAppKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class RemoveSmoochAppKeyCommand : SmoochCmdlet
{
    private Removal<(string AppId, string KeyId)>? _removal;

    /// <summary>The app that owns the keys.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AppIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string AppId { get; set; } = string.Empty;

    /// <summary>The keys (app_...) to delete.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(KeyIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[] KeyId { get; set; } = Array.Empty<string>();

    /// <summary>Removes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>How many requests run at once over the session. Default 8.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    private Removal<(string AppId, string KeyId)> Targets => _removal ??= Own(new Removal<(string AppId, string KeyId)>(this, "app key",
        target => $"{target.KeyId} of app {target.AppId}",
        target => target.KeyId,
        (target, ct) => ActiveSession.AppKeys.DeleteAsync(target.AppId, target.KeyId, ct),
        ThrottleLimit, Force));

    protected override void Process()
    {
        foreach (string key in KeyId)
        {
            Targets.RemoveIfConfirmed((AppId, key));
        }
    }

    protected override void EndProcessing() => Targets.Complete();
}
