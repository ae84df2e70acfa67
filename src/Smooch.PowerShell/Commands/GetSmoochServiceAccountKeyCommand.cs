using System;
using System.Linq;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;
using ClientModels = Smooch.Client.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Lists the secret keys of v1.1 service accounts (many at once, concurrently), or gets one key; never a secret.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochServiceAccountKey", SupportsPaging = true)]
[OutputType(typeof(ServiceAccountKey))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class GetSmoochServiceAccountKeyCommand : SmoochCmdlet
{
    private Listing? _keys;

    /// <summary>The service accounts whose keys to list.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[] ServiceAccountId { get; set; } = Array.Empty<string>();

    /// <summary>A key id (svc_...) to get; wildcards filter the list.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(KeyIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string? KeyId { get; set; }

    /// <summary>Only keys whose name matches (wildcards).</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>How many service accounts are listed at once over the session. Default 8.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    private Listing Keys => _keys ??= Own(new Listing(this, "Listing service-account keys", ThrottleLimit));

    protected override void Process()
    {
        NamePattern name = NamePattern.From(Name);
        Keys.Write(ServiceAccountId.Select(account => new GetOrList<ClientModels.ServiceAccountKey>(KeyId, name, account,
            (id, ct) => ActiveSession.ServiceAccounts.GetKeyAsync(account, id, ct),
            ct => ActiveSession.ServiceAccounts.ListKeysAsync(account, ct),
            k => k.KeyId, k => k.Name, ModelMap.From)).ToList());
    }

    protected override void EndProcessing() => Keys.Complete();
}
