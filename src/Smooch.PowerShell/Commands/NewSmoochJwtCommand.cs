using System;
using System.Management.Automation;
using System.Security;
using Smooch.Client.Authentication;
using Smooch.Client.Validation;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Commands;

/// <summary>Signs a JWT (HS256) locally with a key's secret; nothing is sent anywhere. The token is a SecureString unless -AsPlainText.</summary>
[Cmdlet(VerbsCommon.New, "SmoochJwt", DefaultParameterSetName = KeySet)]
[OutputType(typeof(SecureString), typeof(string))]
public sealed class NewSmoochJwtCommand : PSCmdlet
{
    private const string KeySet = "KeyId";
    private const string CredentialSet = "Credential";

    /// <summary>Key id (act_..., svc_... or app_...); it becomes the token's kid.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = KeySet)]
    [ValidateNotNullOrEmpty]
    [ValidateTextLimit(TextLimits.Id)]
    public string? KeyId { get; set; }

    /// <summary>The key's secret.</summary>
    [Parameter(Mandatory = true, ParameterSetName = KeySet)]
    public SecureString? Secret { get; set; }

    /// <summary>Key id (user name) and secret (password).</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>account or app; inferred from the key id's prefix when omitted.</summary>
    [Parameter]
    [ValidateNotNull]
    public JwtScope? Scope { get; set; }

    /// <summary>Lifetime: adds an exp claim. Without it the token does not expire.</summary>
    [Parameter]
    [ValidateNotNull]
    public TimeSpan? ExpiresIn { get; set; }

    /// <summary>Emits the token as a plain string instead of a SecureString.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    protected override void ProcessRecord()
    {
        string keyId = (Credential?.UserName ?? KeyId ?? string.Empty).Trim();
        SecureString secret = Credential?.Password ?? Secret ?? new SecureString();
        try
        {
            string token = Sign(keyId, secret, Scope, ExpiresIn, DateTimeOffset.UtcNow);
            WriteObject(Secrets.Emit(token, AsPlainText));
        }
        catch (ArgumentException invalid)
        {
            WriteError(ErrorRecords.InvalidArgument(invalid, "InvalidJwtArgument", keyId));
        }
    }

    internal static string Sign(string keyId, SecureString secret, JwtScope? scope, TimeSpan? expiresIn, DateTimeOffset now)
    {
        if (keyId.Length == 0)
        {
            throw new ArgumentException("The key id is empty.", nameof(KeyId));
        }

        if (Secrets.IsEmpty(secret))
        {
            throw new ArgumentException($"The secret of key {keyId} is empty.", nameof(Secret));
        }

        // A bare number binds as ticks (-ExpiresIn 300 is 30 microseconds), so anything under a second is a mistake.
        if (expiresIn.HasValue && expiresIn.Value < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException($"-ExpiresIn must be at least one second; it was {expiresIn.Value}. Pass a time span such as '00:15:00' or [timespan]::FromMinutes(15).", nameof(ExpiresIn));
        }

        JwtScope effective = scope ?? JwtSigner.InferScope(keyId);
        DateTimeOffset? expiresAt = expiresIn.HasValue ? now + expiresIn.Value : null;
        return JwtSigner.Sign(keyId, secret, effective, expiresAt);
    }
}
