using System.Security.Cryptography;
using System.Text;

namespace Smooch.Emulator.Auth;

internal static class SecretComparer
{
    public static bool SameSecret(string expected, string candidate) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(candidate));
}
