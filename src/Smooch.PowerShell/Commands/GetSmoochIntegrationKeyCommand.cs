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

/// <summary>Lists the API keys of custom integrations (many at once, concurrently), or gets one key; never a secret.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochIntegrationKey", SupportsPaging = true)]
[OutputType(typeof(IntegrationKey))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class GetSmoochIntegrationKeyCommand : SmoochCmdlet
{
    private Listing? _keys;

    /// <summary>The app of the integrations.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AppIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string AppId { get; set; } = string.Empty;

    /// <summary>The custom integrations whose keys to list.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(IntegrationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[] IntegrationId { get; set; } = Array.Empty<string>();

    /// <summary>A key id (int_...) to get; wildcards filter the list.</summary>
    [Parameter(Position = 2, ValueFromPipelineByPropertyName = true)]
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

    /// <summary>How many integrations are listed at once over the session. Default 8.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    private Listing Keys => _keys ??= Own(new Listing(this, "Listing integration keys", ThrottleLimit));

    protected override void Process()
    {
        NamePattern displayName = NamePattern.From(DisplayName);
        // A local, not the property: concurrent inputs run after the next piped object has rebound -AppId.
        string app = AppId;
        Keys.Write(IntegrationId.Select(integration => new GetOrList<ClientModels.IntegrationKey>(KeyId, displayName, integration,
            (id, ct) => ActiveSession.IntegrationKeys.GetAsync(app, integration, id, ct),
            ct => ActiveSession.IntegrationKeys.ListAsync(app, integration, ct),
            k => k.KeyId, k => k.DisplayName, ModelMap.From)).ToList());
    }

    protected override void EndProcessing() => Keys.Complete();
}
