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

/// <summary>Lists the v2 app keys of apps (many at once, concurrently), or gets one key; never a secret.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochAppKey", SupportsPaging = true)]
[OutputType(typeof(AppKey))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class GetSmoochAppKeyCommand : SmoochCmdlet
{
    private Listing? _keys;

    /// <summary>The apps whose keys to list (24 hex).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AppIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[] AppId { get; set; } = Array.Empty<string>();

    /// <summary>A key id (app_...) to get; wildcards filter the list.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(KeyIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string? KeyId { get; set; }

    /// <summary>Only keys whose display name matches (wildcards).</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>How many apps are listed at once over the session. Default 8.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    private Listing Keys => _keys ??= Own(new Listing(this, "Listing app keys", ThrottleLimit));

    protected override void Process()
    {
        NamePattern displayName = NamePattern.From(DisplayName);
        Keys.Write(AppId.Select(app => new GetOrList<ClientModels.AppKey>(KeyId, displayName, app,
            (id, ct) => ActiveSession.AppKeys.GetAsync(app, id, ct),
            ct => ActiveSession.AppKeys.ListAsync(app, ct),
            k => k.KeyId, k => k.DisplayName, ModelMap.From)).ToList());
    }

    protected override void EndProcessing() => Keys.Complete();
}
