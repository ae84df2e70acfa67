using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security;
using Smooch.Client;
using Smooch.Client.Validation;
using Smooch.Client.Verification;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Commands;

/// <summary>
/// Connects this runspace to the Sunshine Conversations API (key id + secret, Basic or locally signed JWT, or a
/// bearer token) or to the organization API (client credentials). Without credentials it reads SMOOCH_* variables.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "Smooch", DefaultParameterSetName = EnvironmentSet)]
[OutputType(typeof(Session))]
public sealed class ConnectSmoochCommand : PSCmdlet, IDisposable
{
    private const string EnvironmentSet = "Environment";
    private const string CredentialSet = "Credential";
    private const string KeySet = "KeyId";
    private const string TokenSet = "AccessToken";
    private const string ClientSet = "ClientCredential";

    private CallRunner? _calls;

    /// <summary>Key id (user name) and secret (password) of a Sunshine Conversations API key.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>Key id of a Sunshine Conversations API key (act_..., svc_..., app_...).</summary>
    [Parameter(Mandatory = true, ParameterSetName = KeySet)]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string? KeyId { get; set; }

    /// <summary>Secret of the key given with -KeyId.</summary>
    [Parameter(Mandatory = true, ParameterSetName = KeySet)]
    public SecureString? Secret { get; set; }

    /// <summary>Basic sends the key with every request; Jwt signs short-lived tokens locally so the secret never crosses the wire.</summary>
    [Parameter(ParameterSetName = CredentialSet)]
    [Parameter(ParameterSetName = KeySet)]
    [Parameter(ParameterSetName = EnvironmentSet)]
    [ValidateSet("Basic", "Jwt")]
    public string AuthMode { get; set; } = "Basic";

    /// <summary>A bearer token (a JWT, or an organization API access token).</summary>
    [Parameter(Mandatory = true, ParameterSetName = TokenSet)]
    public SecureString? AccessToken { get; set; }

    /// <summary>Which API -AccessToken is for. Default Sunshine.</summary>
    [Parameter(ParameterSetName = TokenSet)]
    public SmoochApi Api { get; set; } = SmoochApi.Sunshine;

    /// <summary>Client id (user name) and client secret (password) of an organization service-account credential.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ClientSet)]
    [Credential]
    public PSCredential? ClientCredential { get; set; }

    /// <summary>Sunshine Conversations region: US (api.smooch.io) or EU (api.eu-1.smooch.io).</summary>
    [Parameter]
    [ValidateSet("US", "EU")]
    public string? Region { get; set; }

    /// <summary>Zendesk subdomain of a licensed account: https://{subdomain}.zendesk.com/sc.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Subdomain { get; set; }

    /// <summary>Any base address (https; http only to loopback, e.g. the local emulator).</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? BaseUri { get; set; }

    /// <summary>Time limit of each request in seconds, retries and waits included. Default: 100 per attempt, no total.</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; }

    /// <summary>Retries of a rate-limited or unavailable request. Default 3.</summary>
    [Parameter]
    [ValidateRange(0, 100)]
    public int MaxRetries { get; set; }

    /// <summary>Proxy address; without it the system proxy is used.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Proxy { get; set; }

    /// <summary>Credential for -Proxy.</summary>
    [Parameter]
    [Credential]
    public PSCredential? ProxyCredential { get; set; }

    /// <summary>
    /// Checks the credential before connecting (the request Test-SmoochConnection makes) and refuses the connection,
    /// with a terminating error, when the API refuses it or its kind cannot be checked.
    /// </summary>
    [Parameter]
    public SwitchParameter Validate { get; set; }

    /// <summary>Writes the new session(s) to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        IReadOnlyList<SmoochSessionOptions> plans;
        try
        {
            plans = ConnectionPlanner.Plan(ToRequest(), Environment.GetEnvironmentVariable);
        }
        catch (ArgumentException invalid)
        {
            ThrowInvalid(invalid);
            return;
        }

        var sessions = new List<Session>();
        ErrorRecord? refusal;
        try
        {
            refusal = Open(plans, sessions);
        }
        catch
        {
            sessions.ForEach(session => session.Close());
            throw;
        }

        if (refusal is not null)
        {
            // Nothing of a refused connection stays behind: no default session, no open client.
            sessions.ForEach(session => session.Close());
            ThrowTerminatingError(refusal);
        }

        foreach (Session session in sessions)
        {
            Session? replaced = SessionRegistry.Set(session);
            if (replaced is not null && !replaced.HandedOut)
            {
                // Nobody else can reach the old default: close it so its connections do not linger.
                replaced.Close();
            }

            WriteVerbose($"Connected to the {SessionResolver.Describe(session.Api)} at {session.BaseAddress} ({session.AuthMode}{(session.KeyId is null ? string.Empty : ", " + session.KeyId)}).");
            if (PassThru)
            {
                session.HandedOut = true;
                WriteObject(OutputObjects.Wrap(session));
            }
        }
    }

    protected override void StopProcessing() => _calls?.Cancel();

    public void Dispose() => _calls?.Cancel();

    /// <summary>Opens a session per plan into <paramref name="sessions"/>, and with -Validate checks each; returns why the connection is refused, or null.</summary>
    private ErrorRecord? Open(IReadOnlyList<SmoochSessionOptions> plans, List<Session> sessions)
    {
        foreach (SmoochSessionOptions options in plans)
        {
            try
            {
                sessions.Add(new Session(new SmoochSession(options)));
            }
            catch (ArgumentException invalid)
            {
                return Invalid(invalid);
            }
        }

        return Validate ? sessions.Select(ValidateCredential).FirstOrDefault(refused => refused is not null) : null;
    }

    /// <summary>-Validate of one session: null when the API accepted the credential; else the terminating error.</summary>
    private ErrorRecord? ValidateCredential(Session session)
    {
        _calls ??= new CallRunner(VerboseStream.IsWanted(this), WriteVerbose);
        CredentialCheckResult result;
        try
        {
            result = ConnectionCheck.Run(_calls, session.Client, null, WriteVerbose);
        }
        catch (SmoochApiException failed)
        {
            return ErrorRecords.From(failed, session.KeyId);
        }

        if (result.Status == 403)
        {
            WriteWarning(result.Message);
        }

        return ConnectionCheck.Refusal(result);
    }

    private void ThrowInvalid(ArgumentException invalid) => ThrowTerminatingError(Invalid(invalid));

    private static ErrorRecord Invalid(ArgumentException invalid) =>
        ErrorRecords.InvalidArgument(invalid, "InvalidConnectionArgument", invalid.ParamName);

    private ConnectionRequest ToRequest()
    {
        var request = new ConnectionRequest
        {
            AuthMode = AuthMode,
            Region = Region,
            Subdomain = Subdomain,
            BaseUri = BaseUri,
            Proxy = Proxy,
            ProxyCredential = ProxyCredential?.GetNetworkCredential(),
            HostDescription = HostDescription(),
            FromEnvironment = ParameterSetName == EnvironmentSet,
            TimeoutSec = MyInvocation.BoundParameters.ContainsKey(nameof(TimeoutSec)) ? TimeoutSec : null,
            MaxRetries = MyInvocation.BoundParameters.ContainsKey(nameof(MaxRetries)) ? MaxRetries : null,
        };
        switch (ParameterSetName)
        {
            case CredentialSet:
                request.KeyId = Credential!.UserName;
                request.Secret = Credential.Password;
                break;
            case KeySet:
                request.KeyId = KeyId;
                request.Secret = Secret;
                break;
            case TokenSet:
                request.AccessToken = AccessToken;
                request.AccessTokenApi = Api;
                break;
            case ClientSet:
                request.ClientId = ClientCredential!.UserName;
                request.ClientSecret = ClientCredential.Password;
                break;
        }

        return request;
    }

    private string HostDescription()
    {
        object? table = SessionState.PSVariable.GetValue("PSVersionTable");
        if (table is Hashtable versions)
        {
            return $"PowerShell {versions["PSEdition"]}/{versions["PSVersion"]}";
        }

        return "PowerShell";
    }
}
