using System;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Auth;

public class CancellationTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public CancellationTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Cancelling_stops_an_in_flight_request_long_before_the_server_answers()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.Delay) { Delay = TimeSpan.FromSeconds(20) });
        using SmoochSession session = _fixture.Sunshine(timeout: TimeSpan.FromSeconds(60));
        using var cancel = new CancellationTokenSource();

        Task call = session.AppKeys.ListAsync(_fixture.App.AppId, cancel.Token).ToListAsync();
        cancel.CancelAfter(200);
        Task finished = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(15)));

        Assert.Same(call, finished);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Already_cancelled_token_sends_nothing()
    {
        using SmoochSession session = _fixture.Sunshine();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.AppKeys.CreateAsync(_fixture.App.AppId, "never", cancel.Token));

        Assert.Empty(_fixture.Journal);
    }

    [Fact]
    public async Task Cancelling_during_a_rate_limit_pause_stops_waiting()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.RateLimit) { Status = 429, RetryAfter = "20" });
        using SmoochSession session = _fixture.Sunshine();
        using var cancel = new CancellationTokenSource();

        Task call = session.ServiceAccounts.ListAsync(cancellationToken: cancel.Token).ToListAsync();
        await Faults.RetryTests.WaitUntil(() => _fixture.Journal.Count == 1);
        cancel.Cancel();
        Task finished = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(15)));

        Assert.Same(call, finished);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(_fixture.Journal);
    }

    [Fact]
    public async Task Cancelling_between_pages_stops_the_stream()
    {
        _fixture.Control.SeedServiceAccounts(30);
        using SmoochSession session = _fixture.Sunshine();
        using var cancel = new CancellationTokenSource();
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var account in session.ServiceAccounts.ListAsync(pageSize: 10, cancellationToken: cancel.Token))
            {
                if (++seen == 10)
                {
                    cancel.Cancel();
                }
            }
        });

        Assert.Equal(10, seen);
        Assert.Single(_fixture.Journal);
    }
}
