using System.Security;

namespace Smooch.Client.Models;

// The only objects that carry a secret: returned once, by the create operations. The secret is a read-only
// SecureString and never appears in ToString. ResponseIncomplete is true when the server's response was damaged
// and the secret was salvaged from the readable part (some other fields may then be empty).

/// <summary>A new v1.1 service-account key with its secret.</summary>
public sealed class CreatedServiceAccountKey : ServiceAccountKey
{
    /// <summary>The secret, read-only; the server shows it only in this response.</summary>
    public SecureString Secret { get; set; } = new SecureString();

    /// <summary>True when the response was damaged and the secret was salvaged from its readable part.</summary>
    public bool ResponseIncomplete { get; set; }
}

/// <summary>A new app key with its secret.</summary>
public sealed class CreatedAppKey : AppKey
{
    /// <summary>The secret, read-only; the server shows it only in this response.</summary>
    public SecureString Secret { get; set; } = new SecureString();

    /// <summary>True when the response was damaged and the secret was salvaged from its readable part.</summary>
    public bool ResponseIncomplete { get; set; }
}

/// <summary>A new integration key with its secret.</summary>
public sealed class CreatedIntegrationKey : IntegrationKey
{
    /// <summary>The secret, read-only; the server shows it only in this response.</summary>
    public SecureString Secret { get; set; } = new SecureString();

    /// <summary>True when the response was damaged and the secret was salvaged from its readable part.</summary>
    public bool ResponseIncomplete { get; set; }
}

/// <summary>A new organization credential with its client secret.</summary>
public sealed class CreatedOrganizationCredential : OrganizationCredential
{
    /// <summary>The client secret, read-only; the server shows it only in this response.</summary>
    public SecureString ClientSecret { get; set; } = new SecureString();

    /// <summary>True when the response was damaged and the secret was salvaged from its readable part.</summary>
    public bool ResponseIncomplete { get; set; }
}
