using System;

namespace Smooch.PowerShell.Models;

/// <summary>A service account of an organization (organization API).</summary>
[SmoochTypeName("Smooch.OrganizationServiceAccount")]
public class OrganizationServiceAccount
{
    public string OrganizationId { get; set; } = string.Empty;

    public string ServiceAccountId { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Only with -ExpandPermissions: resource type → permission → granted.</summary>
    public object? Permissions { get; set; }
}
