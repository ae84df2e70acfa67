using System.Linq;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;
using ClientModels = Smooch.Client.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Lists an organization's service accounts (every page, streaming), or gets those with the given ids.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochOrganizationServiceAccount", SupportsPaging = true)]
[OutputType(typeof(OrganizationServiceAccount))]
[SmoochApi(SmoochApi.Organization)]
public sealed class GetSmoochOrganizationServiceAccountCommand : SmoochCmdlet
{
    private Listing? _accounts;

    /// <summary>Organization id or label.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>Service account ids; wildcards filter the list.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[]? ServiceAccountId { get; set; }

    /// <summary>Only service accounts whose name matches (wildcards).</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>Includes each service account's permissions.</summary>
    [Parameter]
    public SwitchParameter ExpandPermissions { get; set; }

    private Listing Accounts => _accounts ??= Own(new Listing(this, "Listing organization service accounts", throttleLimit: null));

    protected override void Process()
    {
        NamePattern name = NamePattern.From(Name);
        string organization = OrganizationId;
        bool permissions = ExpandPermissions;
        Accounts.Write((ServiceAccountId ?? new string?[] { null }).Select(id => new GetOrList<ClientModels.OrganizationServiceAccount>(id, name, id ?? organization,
            (literal, ct) => ActiveSession.Organization.GetServiceAccountAsync(organization, literal, permissions, ct),
            ct => ActiveSession.Organization.ListServiceAccountsAsync(organization, permissions, null, ct),
            sa => sa.ServiceAccountId, sa => sa.Name, ModelMap.From)).ToList());
    }

    protected override void EndProcessing() => Accounts.Complete();
}
