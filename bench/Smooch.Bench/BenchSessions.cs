using System.Security;
using Smooch.Client;
using Smooch.Client.Authentication;
using Smooch.Emulator;

namespace Smooch.Bench;

/// <summary>Sessions against an in-process emulator, built the way the cmdlets build them.</summary>
internal static class BenchSessions
{
    public static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }

    public static SmoochSession Sunshine(SmoochEmulator emulator) => new SmoochSession(new SmoochSessionOptions
    {
        BaseAddress = emulator.BaseAddress,
        Authenticator = new BasicKeyAuthenticator(emulator.AccountKeyId, Secure(emulator.AccountSecret)),
    });

    public static SmoochSession Organization(SmoochEmulator emulator, SeededOrganization organization) => new SmoochSession(new SmoochSessionOptions
    {
        BaseAddress = emulator.BaseAddress,
        Authenticator = new ClientCredentialsAuthenticator(organization.ClientId, Secure(organization.ClientSecret)),
    });
}
