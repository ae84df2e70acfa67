using System;

namespace Smooch.Client.Models
{
    /// <summary>An organization service account.</summary>
    public sealed class OrganizationServiceAccount
    {
        public string OrganizationId { get; set; } = string.Empty;

        public string ServiceAccountId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Description { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>Present only when requested with expandPermissions.</summary>
        public Permissions? Permissions { get; set; }

        public override string ToString() => $"OrganizationServiceAccount {ServiceAccountId} ({Name})";
    }
}
