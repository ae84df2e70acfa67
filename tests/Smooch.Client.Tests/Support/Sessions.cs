using System;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Unit;

namespace Smooch.Client.Tests.Support;

internal static class Sessions
{
    public const string KeyId = "act_5963ceb97cde542d000dbdb1";

    public static RetryOptions FastRetry(int maxRetries = 3)
    {
        return new RetryOptions
        {
            MaxRetries = maxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(5),
            MaxDelay = TimeSpan.FromMilliseconds(20),
            TotalTimeCap = TimeSpan.FromSeconds(30),
        };
    }

    public static SmoochSession Basic(Uri baseAddress, ISmoochRequestLog? log = null, TimeSpan? timeout = null, int maxRetries = 3, string keyId = KeyId, string secret = Secrets.Sample)
    {
        return With(baseAddress, new BasicKeyAuthenticator(keyId, Secrets.Secure(secret)), log, timeout, maxRetries);
    }

    public static SmoochSession With(Uri baseAddress, SmoochAuthenticator authenticator, ISmoochRequestLog? log = null, TimeSpan? timeout = null, int maxRetries = 3)
    {
        return new SmoochSession(new SmoochSessionOptions
        {
            BaseAddress = baseAddress,
            Authenticator = authenticator,
            Retry = FastRetry(maxRetries),
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
            Log = log,
            HostDescription = "xunit",
        });
    }
}
