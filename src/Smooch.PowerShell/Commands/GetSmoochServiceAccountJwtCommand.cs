using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Completion;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>Asks the server to issue an account-scoped JWT for a service-account key; the token is a SecureString unless -AsPlainText.</summary>
[Cmdlet(VerbsCommon.Get, "SmoochServiceAccountJwt")]
[OutputType(typeof(ServerJwt))]
[SmoochApi(SmoochApi.Sunshine)]
public sealed class GetSmoochServiceAccountJwtCommand : SmoochCmdlet
{
    /// <summary>The service account that owns the key.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceAccountIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The key (svc_...) the token is issued for.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(KeyIdCompleter))]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string KeyId { get; set; } = string.Empty;

    /// <summary>Emits the token as a plain string instead of a SecureString.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    protected override void Process() =>
        ForInput(KeyId, () => WriteModel(ModelMap.From(Calls.Run(ct => ActiveSession.ServiceAccounts.GetJwtAsync(ServiceAccountId, KeyId, ct)), AsPlainText)));
}
