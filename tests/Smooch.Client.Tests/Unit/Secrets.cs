using System.Security;
using Smooch.Client.Authentication;

namespace Smooch.Client.Tests.Unit;

internal static class Secrets
{
    public const string Sample = "2vErhBhv81FZ5YXbC5XElVcnoNSqz0XjhqSYII4AOT3GCA5UojDCT07Z9NG_4PVzcxv-Zdd7IpeBL-RcXvfOyw";

    public static SecureString Secure(string value)
    {
        return SecureStringText.FromString(value);
    }
}
