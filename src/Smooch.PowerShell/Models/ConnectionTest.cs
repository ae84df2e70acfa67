using System;
using Smooch.Client;

namespace Smooch.PowerShell.Models;

/// <summary>
/// What Test-SmoochConnection found: which credential, what kind, whether a read-only request could check it and
/// whether the API accepted it. Ids and the API's error code only, never a secret.
/// </summary>
[SmoochTypeName("Smooch.ConnectionTest")]
public sealed class ConnectionTest
{
    public SmoochApi Api { get; set; }

    public Uri? BaseAddress { get; set; }

    /// <summary>The Sunshine key id; null for the organization API and for a bare token.</summary>
    public string? KeyId { get; set; }

    /// <summary>The organization credential's client id; null otherwise.</summary>
    public string? ClientId { get; set; }

    /// <summary>AccountKey, ServiceAccountKey, AppKey, IntegrationKey, UnknownKey, OrganizationCredential or BearerToken.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>False when no read-only request can check this kind; <see cref="Message"/> says why.</summary>
    public bool Checked { get; set; }

    /// <summary>True when the API accepted the credential, false when it refused it (401); null when not checked.</summary>
    public bool? Authenticated { get; set; }

    public int? Status { get; set; }

    /// <summary>The API's error code (unauthorized, invalid_client, forbidden, ...).</summary>
    public string? ErrorId { get; set; }

    public string Message { get; set; } = string.Empty;
}
