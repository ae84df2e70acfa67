using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Smooch.Client.Http;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Framework;

/// <summary>.NET Framework allows 2 connections per server by default; a session raises that for bulk work.</summary>
public class ConnectionLimitTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ConnectionLimitTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public void Client_handler_allows_many_connections_per_server()
    {
        using var handler = new HttpClientHandler();

        Assert.Same(handler, ConnectionLimit.Raise(handler));
        Assert.Equal(ConnectionLimit.PerServer, handler.MaxConnectionsPerServer);
    }

    [Fact]
    public async Task Parallel_calls_of_one_session_reach_the_server_at_the_same_time()
    {
        _fixture.Control.Latency = TimeSpan.FromMilliseconds(300);
        _fixture.Control.ResetConcurrency();
        using SmoochSession session = _fixture.Sunshine();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync()));

        Assert.True(_fixture.Control.MaxConcurrentRequests > 2, $"at most {_fixture.Control.MaxConcurrentRequests} requests were in flight at once");
        Assert.Equal(8, _fixture.Count("GET", "/v2/apps/"));
    }
}
