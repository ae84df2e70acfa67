using System.Security;

namespace Smooch.Client.Models
{
    /// <summary>An account-scoped JWT issued by the server for a service-account key.</summary>
    public sealed class ServerJwt
    {
        public string ServiceAccountId { get; set; } = string.Empty;

        public string KeyId { get; set; } = string.Empty;

        public SecureString Token { get; set; } = new SecureString();

        public override string ToString() => $"ServerJwt for {KeyId}";
    }
}
