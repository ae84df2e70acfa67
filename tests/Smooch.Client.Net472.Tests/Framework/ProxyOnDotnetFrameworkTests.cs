using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Framework;

/// <summary>
/// .NET Framework's WebProxy (and Mono's, the same reference source) never proxies a loopback address, whatever
/// BypassProxyOnLocal says, so the linked net10.0 ProxyTests (a proxy in front of http://localhost) cannot hold here.
/// An https address is proxied: the client asks the proxy for a CONNECT tunnel, and authenticates after a 407.
/// </summary>
public class ProxyOnDotnetFrameworkTests
{
    [Fact]
    public async Task Explicit_proxy_receives_the_tunnel_request_and_gets_its_credentials_after_a_407()
    {
        await using var proxy = new ScriptedServer();
        proxy.Enqueue(Reply.Json(407, "{}").WithHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        proxy.Default = new Reply { Drop = true }; // no tunnel: this test is about what reaches the proxy
        var options = new SmoochSessionOptions
        {
            BaseAddress = new Uri("https://api.smooch.io/"),
            Authenticator = new BasicKeyAuthenticator("act_1", Unit.Secrets.Secure("s")),
            Proxy = new WebProxy(proxy.BaseAddress) { Credentials = new NetworkCredential("proxy-user", "proxy-pass") },
            Retry = Sessions.FastRetry(0),
            Timeout = TimeSpan.FromSeconds(10),
        };
        using var session = new SmoochSession(options);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.ListAsync("5d8cff3cd55b040010928b5b").ToListAsync());

        // The session does not retry (0 retries), but HttpWebRequest itself resends a tunnel request whose reused
        // connection dropped, so the proxy may see more than two.
        RecordedRequest[] requests = proxy.Requests.ToArray();
        Assert.True(requests.Length >= 2, $"{requests.Length} request(s) reached the proxy");
        Assert.All(requests, r => Assert.Equal(("CONNECT", "api.smooch.io:443"), (r.Method, r.Target)));
        Assert.False(requests[0].Headers.ContainsKey("Proxy-Authorization"));
        Assert.All(requests.Skip(1), r => Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("proxy-user:proxy-pass")), r.Headers["Proxy-Authorization"]));
        Assert.Equal(SmoochErrorKind.Connection, error.Kind);
        Assert.DoesNotContain("proxy-pass", error.Message);
    }
}
