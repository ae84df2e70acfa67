using System;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;

namespace Smooch.PowerShell.Commands;

/// <summary>Deletes secret keys of a v1.1 service account (many at once, concurrently up to -ThrottleLimit).</summary>
[Cmdlet(VerbsCommon.Remove, "SmoochServiceAccountKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class RemoveSmoochServiceAccountKeyCommand : SmoochCmdlet
{
    private Removal<(string ServiceAccountId, string KeyId)>? _removal;

    /// <summary>The service account that owns the keys.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The keys (svc_...) to delete.</summary>
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

    private Removal<(string ServiceAccountId, string KeyId)> Targets => _removal ??= Own(new Removal<(string ServiceAccountId, string KeyId)>(this, "service-account key",
        target => $"{target.KeyId} of service account {target.ServiceAccountId}",
        target => target.KeyId,
        (target, ct) => ActiveSession.ServiceAccounts.DeleteKeyAsync(target.ServiceAccountId, target.KeyId, ct),
        ThrottleLimit, Force));

    protected override void Process()
    {
        foreach (string key in KeyId)
        {
            Targets.RemoveIfConfirmed((ServiceAccountId, key));
        }
    }

    protected override void EndProcessing() => Targets.Complete();
}
