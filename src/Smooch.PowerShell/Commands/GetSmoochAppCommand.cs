using System.Linq;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;
using ClientModels = Smooch.Client.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Lists the v2 apps (every page, streaming), or those a service account can access, or gets apps by id.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochApp", SupportsPaging = true)]
[OutputType(typeof(App))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class GetSmoochAppCommand : SmoochCmdlet
{
    private Listing? _apps;

    /// <summary>App ids (24 hex); wildcards filter the list.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(AppIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[]? AppId { get; set; }

    /// <summary>Only apps whose display name matches (wildcards).</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>Only the apps this v1.1 service account can access (filter[serviceAccountId]).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string? ServiceAccountId { get; set; }

    private Listing Apps => _apps ??= Own(new Listing(this, "Listing apps", throttleLimit: null));

    protected override void Process()
    {
        NamePattern displayName = NamePattern.From(DisplayName);
        string? serviceAccount = ServiceAccountId;
        Apps.Write((AppId ?? new string?[] { null }).Select(id => new GetOrList<ClientModels.App>(id, displayName, id,
            serviceAccount is null ? (literal, ct) => ActiveSession.Apps.GetAsync(literal, ct) : null,
            ct => serviceAccount is null ? ActiveSession.Apps.ListAsync(null, ct) : ActiveSession.Apps.ListAccessibleAsync(serviceAccount, null, ct),
            a => a.AppId, a => a.DisplayName, ModelMap.From)).ToList());
    }

    protected override void EndProcessing() => Apps.Complete();
}
