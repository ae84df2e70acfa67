using System.Linq;
using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;
using ClientModels = Smooch.Client.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Lists the v1.1 service accounts (every page, streaming), or gets those with the given ids.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochServiceAccount", SupportsPaging = true)]
[OutputType(typeof(ServiceAccount))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class GetSmoochServiceAccountCommand : SmoochCmdlet
{
    private Listing? _accounts;

    /// <summary>Service account ids (24 hex); wildcards filter the list.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
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

    private Listing Accounts => _accounts ??= Own(new Listing(this, "Listing service accounts", throttleLimit: null));

    protected override void Process()
    {
        NamePattern name = NamePattern.From(Name);
        Accounts.Write((ServiceAccountId ?? new string?[] { null }).Select(id => new GetOrList<ClientModels.ServiceAccount>(id, name, id,
            (literal, ct) => ActiveSession.ServiceAccounts.GetAsync(literal, ct),
            ct => ActiveSession.ServiceAccounts.ListAsync(null, ct),
            sa => sa.ServiceAccountId, sa => sa.Name, ModelMap.From)).ToList());
    }

    protected override void EndProcessing() => Accounts.Complete();
}
