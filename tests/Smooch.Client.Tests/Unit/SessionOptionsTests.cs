using System;
using System.Net;
using Smooch.Client.Authentication;
using Xunit;

namespace Smooch.Client.Tests.Unit;

public class SessionOptionsTests
{
    [Fact]
    public void WithAuthenticator_copies_every_other_option_and_leaves_the_original_as_it_was()
    {
        var original = new SmoochSessionOptions
        {
            BaseAddress = new Uri("http://127.0.0.1:5999/"),
            Authenticator = new BasicKeyAuthenticator("act_old", Secrets.Secure("old-secret")),
            Timeout = TimeSpan.FromSeconds(7),
            TotalTimeout = TimeSpan.FromSeconds(30),
            Retry = new RetryOptions { MaxRetries = 1 },
            Proxy = new WebProxy("http://127.0.0.1:5998/"),
            HostDescription = "Test host",
            Log = new Support.CapturingLog(),
        };
        var replacement = new BasicKeyAuthenticator("act_new", Secrets.Secure("new-secret"));

        SmoochSessionOptions copy = original.WithAuthenticator(replacement);

        Assert.NotSame(original, copy);
        Assert.Same(replacement, copy.Authenticator);
        Assert.Equal("act_old", original.Authenticator!.KeyId);
        Assert.Equal(original.BaseAddress, copy.BaseAddress);
        Assert.Equal(original.Timeout, copy.Timeout);
        Assert.Equal(original.TotalTimeout, copy.TotalTimeout);
        Assert.Same(original.Retry, copy.Retry);
        Assert.Same(original.Proxy, copy.Proxy);
        Assert.Equal(original.HostDescription, copy.HostDescription);
        Assert.Same(original.Log, copy.Log);
    }
}
