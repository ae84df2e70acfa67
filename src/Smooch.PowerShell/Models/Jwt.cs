using System;

namespace Smooch.PowerShell.Models
{
    /// <summary>A JWT signed locally by New-SmoochJwt.</summary>
    [SmoochTypeName("Smooch.Jwt")]
    public class Jwt
    {
        public string KeyId { get; set; } = string.Empty;

        /// <summary>account or app.</summary>
        public string Scope { get; set; } = string.Empty;

        public DateTimeOffset? ExpiresAt { get; set; }

        /// <summary>SecureString, or string with -AsPlainText.</summary>
        public object? Token { get; set; }
    }
}
