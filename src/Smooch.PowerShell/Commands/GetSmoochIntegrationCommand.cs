using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;
using ClientModels = Smooch.Client.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Lists the integrations of apps (many at once, concurrently), optionally of some types only, or gets one.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochIntegration", SupportsPaging = true)]
[OutputType(typeof(Integration))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class GetSmoochIntegrationCommand : SmoochCmdlet
{
    private Listing? _integrations;

    /// <summary>The apps whose integrations to list (24 hex).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AppIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[] AppId { get; set; } = Array.Empty<string>();

    /// <summary>An integration id to get; wildcards filter the list.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(IntegrationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string? IntegrationId { get; set; }

    /// <summary>Only integrations of these types (filter[types]); custom ones are those that can have keys.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(IntegrationTypeCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateIntegrationType]
    public string[]? Type { get; set; }

    /// <summary>Only integrations whose display name matches (wildcards).</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>How many apps are listed at once over the session. Default 8.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    private Listing Integrations => _integrations ??= Own(new Listing(this, "Listing integrations", ThrottleLimit));

    protected override void Process()
    {
        NamePattern displayName = NamePattern.From(DisplayName);
        string? integrationId = IntegrationId;
        IReadOnlyCollection<string>? types = Type?.Select(type => type.ToLowerInvariant()).ToList();
        Integrations.Write(AppId.Select(app => new GetOrList<ClientModels.Integration>(integrationId, displayName, app,
            types is null ? (id, ct) => ActiveSession.Apps.GetIntegrationAsync(app, id, ct) : null,
            ct => types is null ? ActiveSession.Apps.ListIntegrationsAsync(app, null, ct) : ActiveSession.Apps.ListIntegrationsAsync(app, types, null, ct),
            i => i.IntegrationId, i => i.DisplayName, ModelMap.From)).ToList());
    }

    protected override void EndProcessing() => Integrations.Complete();
}
