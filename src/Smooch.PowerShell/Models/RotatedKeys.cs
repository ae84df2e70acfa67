namespace Smooch.PowerShell.Models;

// What Invoke-SmoochKeyRotation emits: the replacement, as New-* emits it (secret once, SecureString unless
// -AsPlainText), with the id of the credential it replaced and what became of that one. Each derives from the type
// it replaces, so it pipes to the same cmdlets by property name (Remove-SmoochAppKey, Get-SmoochServiceAccountJwt, ...).

/// <summary>A v1.1 service-account key that replaced <see cref="OldKeyId"/>.</summary>
[SmoochTypeName("Smooch.RotatedServiceAccountKey")]
public sealed class RotatedServiceAccountKey : ServiceAccountKey
{
    public string OldKeyId { get; set; } = string.Empty;

    /// <summary>"Authenticated", or "NotVerifiable" for a kind no read-only call can check.</summary>
    public string Verification { get; set; } = string.Empty;

    /// <summary>False with -KeepOld, or when removing the old key failed (then an error names it).</summary>
    public bool OldRemoved { get; set; }
}

/// <summary>A v2 app key that replaced <see cref="OldKeyId"/>.</summary>
[SmoochTypeName("Smooch.RotatedAppKey")]
public sealed class RotatedAppKey : AppKey
{
    public string OldKeyId { get; set; } = string.Empty;

    /// <summary>"Authenticated", or "NotVerifiable" for a kind no read-only call can check.</summary>
    public string Verification { get; set; } = string.Empty;

    /// <summary>False with -KeepOld, or when removing the old key failed (then an error names it).</summary>
    public bool OldRemoved { get; set; }
}

/// <summary>A v2 custom integration key that replaced <see cref="OldKeyId"/>.</summary>
[SmoochTypeName("Smooch.RotatedIntegrationKey")]
public sealed class RotatedIntegrationKey : IntegrationKey
{
    public string OldKeyId { get; set; } = string.Empty;

    /// <summary>"Authenticated", or "NotVerifiable" for a kind no read-only call can check.</summary>
    public string Verification { get; set; } = string.Empty;

    /// <summary>False with -KeepOld, or when removing the old key failed (then an error names it).</summary>
    public bool OldRemoved { get; set; }
}

/// <summary>An organization credential that replaced <see cref="OldCredentialId"/> (client id <see cref="OldClientId"/>).</summary>
[SmoochTypeName("Smooch.RotatedOrganizationCredential")]
public sealed class RotatedOrganizationCredential : OrganizationCredential
{
    public string OldCredentialId { get; set; } = string.Empty;

    public string? OldClientId { get; set; }

    /// <summary>"Authenticated", or "NotVerifiable" for a kind no read-only call can check.</summary>
    public string Verification { get; set; } = string.Empty;

    /// <summary>False with -KeepOld, or when removing the old credential failed (then an error names it).</summary>
    public bool OldRemoved { get; set; }
}
