using System;
using System.Management.Automation;

namespace Smooch.PowerShell.Models;

/// <summary>A credential (client id + secret) of an organization service account; <see cref="ClientSecret"/> is set only on creation.</summary>
[SmoochTypeName("Smooch.OrganizationCredential")]
public class OrganizationCredential
{
    public string OrganizationId { get; set; } = string.Empty;

    public string ServiceAccountId { get; set; } = string.Empty;

    public string CredentialId { get; set; } = string.Empty;

    public string? ClientId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>Only with -ExpandPermissions: resource type → permission → granted.</summary>
    public object? Permissions { get; set; }

    /// <summary>SecureString, or string with -AsPlainText; null except right after creation.</summary>
    [Hidden]
    [NotInJson]
    public object? ClientSecret { get; set; }
}
