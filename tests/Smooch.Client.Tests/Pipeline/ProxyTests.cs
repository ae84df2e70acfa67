using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Pipeline;

public class ProxyTests
{
    [Fact]
    public async Task Explicit_proxy_receives_the_request_and_gets_its_credentials_after_a_407()
    {
        await using var proxy = new ScriptedServer();
        proxy.Enqueue(
            Reply.Json(407, "{}").WithHeader("Proxy-Authenticate", "Basic realm=\"corp\""),
            Reply.Json(200, "{\"keys\":[]}"));
        var options = new SmoochSessionOptions
        {
            BaseAddress = new Uri("http://localhost:9/"),
            Authenticator = new BasicKeyAuthenticator("act_1", Unit.Secrets.Secure("s")),
            Proxy = new WebProxy(proxy.BaseAddress) { BypassProxyOnLocal = false, Credentials = new NetworkCredential("proxy-user", "proxy-pass") },
            Retry = Sessions.FastRetry(),
        };
        using var session = new SmoochSession(options);

        var keys = await session.AppKeys.ListAsync("5d8cff3cd55b040010928b5b").ToListAsync();

        Assert.Empty(keys);
        RecordedRequest[] requests = proxy.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal("http://localhost:9/v2/apps/5d8cff3cd55b040010928b5b/keys", requests[0].Target);
        Assert.False(requests[0].Headers.ContainsKey("Proxy-Authorization"));
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("proxy-user:proxy-pass")), requests[1].Headers["Proxy-Authorization"]);
    }
}
