using System.Security;

namespace Smooch.Client.Models;

/// <summary>An account-scoped JWT issued by the server for a service-account key.</summary>
public sealed class ServerJwt
{
    /// <summary>The id of the service account whose key the token was issued for.</summary>
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The id of the key the token was issued for.</summary>
    public string KeyId { get; set; } = string.Empty;

    /// <summary>The token; read-only, never in ToString.</summary>
    public SecureString Token { get; set; } = new SecureString();

    /// <summary>"ServerJwt for key id"; never the token.</summary>
    public override string ToString() => $"ServerJwt for {KeyId}";
}
