using System;

namespace Smooch.Client.Models;

/// <summary>A credential (client id) of an organization service account; never carries the secret.</summary>
public class OrganizationCredential
{
    /// <summary>The id of the organization.</summary>
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The id of the organization service account the credential belongs to.</summary>
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The credential's id.</summary>
    public string CredentialId { get; set; } = string.Empty;

    /// <summary>The client id used with the client secret to get tokens.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The credential's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The credential's description, when it has one.</summary>
    public string? Description { get; set; }

    /// <summary>When the credential was created, when the server says.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the credential was last used, when the server says.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>Present only when requested with expandPermissions.</summary>
    public Permissions? Permissions { get; set; }

    /// <summary>"OrganizationCredential id (name, client id ...)"; never the secret.</summary>
    public override string ToString() => $"OrganizationCredential {CredentialId} ({Name}, client id {ClientId})";
}
