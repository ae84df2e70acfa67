using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Faults;

/// <summary>
/// SmoochSessionOptions.TotalTimeout bounds a whole call: attempts, backoff and Retry-After waits. Upper bounds are
/// generous (3x the limit); the journal shows the attempts that were made.
/// </summary>
public class TotalTimeoutTests : IClassFixture<EmulatorFixture>
{
    private static readonly TimeSpan s_total = TimeSpan.FromSeconds(2.5);
    private readonly EmulatorFixture _fixture;

    public TotalTimeoutTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Slow_get_is_retried_only_within_the_total()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.Delay, Count: 20) { Delay = TimeSpan.FromSeconds(30) });
        using SmoochSession session = Session(perAttempt: TimeSpan.FromSeconds(1), maxRetries: 10, s_total);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        watch.Stop();
        Assert.Equal(SmoochErrorKind.Timeout, error.Kind);
        Assert.True(watch.Elapsed < TimeSpan.FromTicks(s_total.Ticks * 3), $"took {watch.Elapsed}");
        int attempts = Attempts("GET", "/v1.1/serviceaccounts");
        Assert.InRange(attempts, 2, 10); // more than one attempt, far fewer than the 11 the retries allow
    }

    [Fact]
    public async Task Slow_create_times_out_at_the_total_and_is_sent_once()
    {
        string path = $"/v2/apps/{_fixture.App.AppId}/keys";
        _fixture.Control.AddFault(new FaultRule("POST", path, FaultKind.Delay, Count: 5) { Delay = TimeSpan.FromSeconds(30) });
        using SmoochSession session = Session(perAttempt: TimeSpan.FromSeconds(100), maxRetries: 3, s_total);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync(_fixture.App.AppId, "slow"));

        watch.Stop();
        Assert.Equal(SmoochErrorKind.Timeout, error.Kind);
        Assert.Contains("no response within 2.5 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("may have completed", error.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromTicks(s_total.Ticks * 3), $"took {watch.Elapsed}");
        Assert.Equal(1, Attempts("POST", path));
    }

    [Fact]
    public async Task Token_exchange_made_for_a_call_uses_up_the_same_total()
    {
        // 0.8 s of the 3.5 s go to the token; 1.5 s attempts then fit at most twice (a separate total would allow a third).
        // The token's attempt has 0.7 s to spare, so a loaded machine does not time it out and exchange again.
        TimeSpan total = TimeSpan.FromSeconds(3.5);
        _fixture.Control.AddFault(new FaultRule("POST", "/service-account-token", FaultKind.Delay) { Delay = TimeSpan.FromMilliseconds(800) });
        _fixture.Control.AddFault(new FaultRule("GET", "/organizations/**", FaultKind.Delay, Count: 20) { Delay = TimeSpan.FromSeconds(30) });
        using SmoochSession session = new SmoochSession(new SmoochSessionOptions
        {
            BaseAddress = _fixture.Emulator.BaseAddress,
            Authenticator = _fixture.OrgAuthenticator(),
            Retry = Sessions.FastRetry(10),
            Timeout = TimeSpan.FromSeconds(1.5),
            TotalTimeout = total,
        });
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.Organization.ListServiceAccountsAsync(EmulatorFixture.OrganizationId).ToListAsync());

        watch.Stop();
        Assert.Equal(SmoochErrorKind.Timeout, error.Kind);
        Assert.True(watch.Elapsed < TimeSpan.FromTicks(total.Ticks * 3), $"took {watch.Elapsed}");
        Assert.Equal(1, Attempts("POST", "/service-account-token"));
        Assert.InRange(_fixture.Journal.Count(e => e.Method == "GET"), 1, 2);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_time_left_is_not_waited_for()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.RateLimit, Count: 3) { RetryAfter = "30" });
        using SmoochSession session = Session(perAttempt: TimeSpan.FromSeconds(100), maxRetries: 3, s_total);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        watch.Stop();
        Assert.Equal(SmoochErrorKind.RateLimited, error.Kind);
        Assert.True(watch.Elapsed < TimeSpan.FromTicks(s_total.Ticks * 3), $"took {watch.Elapsed}");
        Assert.Equal(1, Attempts("GET", "/v1.1/serviceaccounts"));
    }

    [Fact]
    public async Task Without_a_total_the_timeout_is_per_attempt_and_every_retry_is_made()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.Delay, Count: 20) { Delay = TimeSpan.FromSeconds(30) });
        using SmoochSession session = Session(perAttempt: TimeSpan.FromMilliseconds(500), maxRetries: 2, total: null);

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(SmoochErrorKind.Timeout, error.Kind);
        Assert.Contains("after 3 attempts: no response within 0.5 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, Attempts("GET", "/v1.1/serviceaccounts"));
    }

    [Fact]
    public void Total_must_be_positive_and_at_most_an_hour()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Session(TimeSpan.FromSeconds(1), 0, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Session(TimeSpan.FromSeconds(1), 0, TimeSpan.FromHours(2)));
    }

    private int Attempts(string method, string path)
    {
        _fixture.Control.WaitUntilIdle(TimeSpan.FromSeconds(40));
        return _fixture.Journal.Count(e => e.Method == method && e.Path == path);
    }

    private SmoochSession Session(TimeSpan perAttempt, int maxRetries, TimeSpan? total)
    {
        var emulator = _fixture.Emulator;
        return new SmoochSession(new SmoochSessionOptions
        {
            BaseAddress = emulator.BaseAddress,
            Authenticator = new BasicKeyAuthenticator(emulator.AccountKeyId, Unit.Secrets.Secure(emulator.AccountSecret)),
            Retry = Sessions.FastRetry(maxRetries),
            Timeout = perAttempt,
            TotalTimeout = total,
            HostDescription = "xunit",
        });
    }
}
