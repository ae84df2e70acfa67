namespace Smooch.Client.Verification;

/// <summary>
/// The outcome of <see cref="CredentialCheck"/>: which credential was checked, how, and whether the API accepted it.
/// Immutable; carries ids and the API's error code, never a secret.
/// </summary>
public sealed class CredentialCheckResult
{
    /// <summary>Makes a result; see the properties for what each value means.</summary>
    public CredentialCheckResult(SmoochApi api, string? keyId, string? clientId, string kind, bool @checked, bool? authenticated, int? status, string? errorId, string message)
    {
        Api = api;
        KeyId = keyId;
        ClientId = clientId;
        Kind = kind;
        Checked = @checked;
        Authenticated = authenticated;
        Status = status;
        ErrorId = errorId;
        Message = message;
    }

    /// <summary>The API the checked session talks to.</summary>
    public SmoochApi Api { get; }

    /// <summary>The Sunshine key id (act_, svc_, app_, int_ ...); null for the organization API and for a bare token.</summary>
    public string? KeyId { get; }

    /// <summary>The organization credential's client id; null otherwise.</summary>
    public string? ClientId { get; }

    /// <summary>What the credential is, as far as the session can tell: see <see cref="CredentialKind"/>.</summary>
    public string Kind { get; }

    /// <summary>False when no read-only request in these APIs can check this kind (then <see cref="Authenticated"/> is null and <see cref="Message"/> says why).</summary>
    public bool Checked { get; }

    /// <summary>True when the API accepted the credential (2xx, or 403: known but not allowed), false on 401; null when not checked.</summary>
    public bool? Authenticated { get; }

    /// <summary>The HTTP status of the check request; null when not checked.</summary>
    public int? Status { get; }

    /// <summary>The API's error code (e.g. "unauthorized", "invalid_client", "forbidden"); null on success.</summary>
    public string? ErrorId { get; }

    /// <summary>One sentence for a person: what was sent and what it means.</summary>
    public string Message { get; }

    /// <summary>The <see cref="Message"/>.</summary>
    public override string ToString()
    {
        return Message;
    }
}
