using System;

namespace Smooch.Client.Models;

/// <summary>An organization service account.</summary>
public sealed class OrganizationServiceAccount
{
    /// <summary>The id of the organization.</summary>
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The service account's id.</summary>
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The service account's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The service account's description, when it has one.</summary>
    public string? Description { get; set; }

    /// <summary>When the service account was created, when the server says.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the service account was last changed, when the server says.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Present only when requested with expandPermissions.</summary>
    public Permissions? Permissions { get; set; }

    /// <summary>"OrganizationServiceAccount id (name)", for logs and debugging.</summary>
    public override string ToString() => $"OrganizationServiceAccount {ServiceAccountId} ({Name})";
}
