using System;

namespace Smooch.Client.Models
{
    /// <summary>A credential (client id) of an organization service account; never carries the secret.</summary>
    public class OrganizationCredential
    {
        public string OrganizationId { get; set; } = string.Empty;

        public string ServiceAccountId { get; set; } = string.Empty;

        public string CredentialId { get; set; } = string.Empty;

        public string ClientId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Description { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? LastUsedAt { get; set; }

        /// <summary>Present only when requested with expandPermissions.</summary>
        public Permissions? Permissions { get; set; }

        public override string ToString() => $"OrganizationCredential {CredentialId} ({Name}, client id {ClientId})";
    }
}
