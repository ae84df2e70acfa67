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

/// <summary>Lists the credentials of organization service accounts (many at once, concurrently), or gets one; never a secret.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochOrganizationCredential", SupportsPaging = true)]
[OutputType(typeof(OrganizationCredential))]
[SmoochApi(SmoochApi.Organization)]
public sealed class GetSmoochOrganizationCredentialCommand : SmoochCmdlet
{
    private Listing? _credentials;

    /// <summary>Organization id or label.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The service accounts whose credentials to list.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string[] ServiceAccountId { get; set; } = Array.Empty<string>();

    /// <summary>A credential id to get; wildcards filter the list.</summary>
    [Parameter(Position = 2, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(CredentialIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string? CredentialId { get; set; }

    /// <summary>Only credentials whose name matches (wildcards).</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>Includes each credential's permissions.</summary>
    [Parameter]
    public SwitchParameter ExpandPermissions { get; set; }

    /// <summary>How many service accounts are listed at once over the session. Default 8.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    private Listing Credentials => _credentials ??= Own(new Listing(this, "Listing organization credentials", ThrottleLimit));

    protected override void Process()
    {
        NamePattern name = NamePattern.From(Name);
        // Locals, not the properties: concurrent inputs run after the next piped object has rebound -OrganizationId.
        string organization = OrganizationId;
        bool permissions = ExpandPermissions;
        Credentials.Write(ServiceAccountId.Select(account => new GetOrList<ClientModels.OrganizationCredential>(CredentialId, name, account,
            (id, ct) => ActiveSession.Organization.GetCredentialAsync(organization, account, id, permissions, ct),
            ct => ActiveSession.Organization.ListCredentialsAsync(organization, account, permissions, null, ct),
            c => c.CredentialId, c => c.Name, ModelMap.From)).ToList());
    }

    protected override void EndProcessing() => Credentials.Complete();
}
