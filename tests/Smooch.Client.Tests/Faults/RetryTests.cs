using System;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Faults;

/// <summary>Each retry rule checked through the emulator's journal (what actually reached the server).</summary>
public class RetryTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public RetryTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    private string KeysPath => "/v2/apps/" + _fixture.App.AppId + "/keys";

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Get_is_retried_on_gateway_errors_until_it_succeeds(int status)
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.Status, Count: 2) { Status = status });
        var log = new CapturingLog();
        using SmoochSession session = _fixture.Sunshine(log);

        var keys = await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync();

        Assert.NotNull(keys);
        Assert.Equal(new[] { status, status, 200 }, _fixture.Journal.Select(e => e.Status));
        Assert.Equal(new[] { 1, 2, 3 }, log.Entries.Select(e => e.Attempt));
    }

    [Fact]
    public async Task Retries_stop_at_max_retries_with_a_server_error()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.Status, Count: 10) { Status = 503 });
        using SmoochSession session = _fixture.Sunshine(maxRetries: 2);

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync());

        Assert.Equal(SmoochErrorKind.ServerError, error.Kind);
        Assert.Equal(503, error.StatusCode);
        Assert.Contains("after 3 attempts", error.Message);
        Assert.Equal(3, _fixture.Count("GET", KeysPath));
    }

    [Fact]
    public async Task Zero_max_retries_sends_exactly_once()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.Status, Count: 10) { Status = 503 });
        using SmoochSession session = _fixture.Sunshine(maxRetries: 0);

        await Assert.ThrowsAsync<SmoochApiException>(async () => await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync());

        Assert.Single(_fixture.Journal);
    }

    [Fact]
    public async Task Internal_server_error_is_not_retried()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.Status, Count: 10) { Status = 500 });
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync());

        Assert.Equal(SmoochErrorKind.ServerError, error.Kind);
        Assert.Single(_fixture.Journal);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Post_is_never_retried_on_gateway_errors(int status)
    {
        _fixture.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.Status, Count: 10) { Status = status });
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync(_fixture.App.AppId, "k"));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(1, _fixture.Count("POST", KeysPath));
    }

    [Fact]
    public async Task Post_is_retried_after_429_with_retry_after_seconds_and_creates_exactly_one_key()
    {
        _fixture.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.RateLimit) { Status = 429, RetryAfter = "1" });
        var log = new CapturingLog();
        using SmoochSession session = _fixture.Sunshine(log);

        CreatedAppKey created = await session.AppKeys.CreateAsync(_fixture.App.AppId, "after 429");
        var keys = await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync();

        Assert.Equal(new[] { 429, 201 }, _fixture.Journal.Where(e => e.Method == "POST").Select(e => e.Status));
        Assert.Single(keys, k => k.DisplayName == "after 429");
        Assert.Contains("retrying in 1 s (HTTP 429)", log.Entries.First().Outcome);
        Assert.Equal(created.KeyId, keys.Single(k => k.DisplayName == "after 429").KeyId);
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_honoured()
    {
        string date = DateTimeOffset.UtcNow.AddSeconds(1).ToString("r");
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.RateLimit) { Status = 429, RetryAfter = date });
        var log = new CapturingLog();
        using SmoochSession session = _fixture.Sunshine(log);

        await session.ServiceAccounts.ListAsync().ToListAsync();

        Assert.Equal(new[] { 429, 200 }, _fixture.Journal.Select(e => e.Status));
        Assert.StartsWith("retrying in", log.Entries.First().Outcome);
        JournalEntry[] entries = _fixture.Journal.ToArray();
        Assert.True(entries[1].At >= DateTimeOffset.ParseExact(date, "r", null).AddMilliseconds(-50), "the retry must wait until the Retry-After date");
    }

    [Fact]
    public async Task A_429_pauses_every_request_of_the_session_until_retry_after()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.RateLimit) { Status = 429, RetryAfter = "1" });
        var log = new CapturingLog();
        using SmoochSession session = _fixture.Sunshine(log);

        Task first = session.ServiceAccounts.ListAsync().ToListAsync();
        await WaitUntil(() => log.Entries.Any(e => e.StatusCode == 429)); // logged once the session has paused
        Task<System.Collections.Generic.List<AppKey>> other = session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync();
        await Task.WhenAll(first, other);

        JournalEntry rateLimited = _fixture.Journal.Single(e => e.Status == 429);
        JournalEntry otherRequest = _fixture.Journal.Single(e => e.Path.StartsWith("/v2/apps/", StringComparison.Ordinal));
        Assert.True(otherRequest.At >= rateLimited.At.AddMilliseconds(900), $"other request at {otherRequest.At:O} came before the pause ended ({rateLimited.At:O} + 1 s)");
    }

    [Fact]
    public async Task Rate_limit_that_outlasts_the_retries_is_a_rate_limited_error()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.RateLimit, Count: 10) { Status = 429 });
        using SmoochSession session = _fixture.Sunshine(maxRetries: 2);

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(SmoochErrorKind.RateLimited, error.Kind);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(3, _fixture.Journal.Count);
    }

    [Fact]
    public async Task Total_time_cap_stops_retries_that_would_wait_too_long()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.RateLimit, Count: 10) { Status = 429, RetryAfter = "60" });
        var options = new SmoochSessionOptions
        {
            BaseAddress = _fixture.Emulator.BaseAddress,
            Authenticator = new Authentication.BasicKeyAuthenticator(_fixture.Emulator.AccountKeyId, Unit.Secrets.Secure(_fixture.Emulator.AccountSecret)),
            Retry = new RetryOptions { MaxRetries = 5, TotalTimeCap = TimeSpan.FromSeconds(5) },
        };
        using var session = new SmoochSession(options);

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(SmoochErrorKind.RateLimited, error.Kind);
        Assert.Single(_fixture.Journal);
    }

    [Fact]
    public async Task Get_that_times_out_once_is_retried_and_succeeds()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.Delay) { Delay = TimeSpan.FromSeconds(10) });
        var log = new CapturingLog();
        using SmoochSession session = _fixture.Sunshine(log, timeout: TimeSpan.FromSeconds(2));

        var accounts = await session.ServiceAccounts.ListAsync().ToListAsync();

        Assert.NotNull(accounts);
        Assert.Equal(2, log.Entries.Count);
        Assert.Contains("timeout", log.Entries.First().Outcome);
        await WaitUntil(() => _fixture.Journal.Count == 2);
        Assert.Equal(2, _fixture.Count("GET", "/v1.1/serviceaccounts"));
    }

    [Fact]
    public async Task Get_that_keeps_timing_out_gives_a_clear_timeout_error()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.Delay, Count: 10) { Delay = TimeSpan.FromSeconds(5) });
        using SmoochSession session = _fixture.Sunshine(timeout: TimeSpan.FromMilliseconds(500), maxRetries: 1);

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(SmoochErrorKind.Timeout, error.Kind);
        Assert.Equal(0, error.StatusCode);
        Assert.Contains("timed out", error.Message);
        await WaitUntil(() => _fixture.Journal.Count == 2);
        Assert.Equal(2, _fixture.Count("GET", "/v1.1/serviceaccounts"));
    }

    [Fact]
    public async Task Post_that_times_out_is_never_retried()
    {
        _fixture.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.Delay, Count: 10) { Delay = TimeSpan.FromSeconds(5) });
        using SmoochSession session = _fixture.Sunshine(timeout: TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync(_fixture.App.AppId, "slow"));

        Assert.Equal(SmoochErrorKind.Timeout, error.Kind);
        Assert.Contains("may have completed", error.Message);
        await WaitUntil(() => _fixture.Count("POST", KeysPath) >= 1);
        await Task.Delay(200);
        Assert.Equal(1, _fixture.Count("POST", KeysPath));
    }

    [Fact]
    public async Task Post_after_a_dropped_connection_is_never_retried()
    {
        _fixture.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.DropConnection, Count: 10));
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync(_fixture.App.AppId, "dropped"));

        Assert.Equal(SmoochErrorKind.Connection, error.Kind);
        Assert.Equal(0, error.StatusCode);
        // The emulator journals a dropped request after cutting the connection, so the client can see the failure first.
        Assert.True(_fixture.Control.WaitUntilIdle(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, _fixture.Count("POST", KeysPath));
    }

    [Fact]
    public async Task Get_after_a_dropped_connection_is_retried()
    {
        _fixture.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.DropConnection, Count: 1));
        using SmoochSession session = _fixture.Sunshine();

        var keys = await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync();

        Assert.NotNull(keys);
        Assert.True(_fixture.Control.WaitUntilIdle(TimeSpan.FromSeconds(10)));
        Assert.Equal(new[] { 0, 200 }, _fixture.Journal.Select(e => e.Status));
    }

    [Fact]
    public async Task Delete_repeated_after_a_lost_response_counts_as_deleted()
    {
        using SmoochSession session = _fixture.Sunshine();
        CreatedAppKey key = await session.AppKeys.CreateAsync(_fixture.App.AppId, "to delete");
        _fixture.Control.ClearJournal();
        _fixture.Control.AddFault(new FaultRule("DELETE", "/v2/apps/*/keys/*", FaultKind.Status) { Status = 503 });

        await session.AppKeys.DeleteAsync(_fixture.App.AppId, key.KeyId);

        Assert.Equal(new[] { 503, 200 }, _fixture.Journal.Select(e => e.Status));
        Assert.DoesNotContain(await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync(), k => k.KeyId == key.KeyId);
    }

    internal static async Task WaitUntil(Func<bool> condition)
    {
        for (int i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
        Assert.True(condition(), "condition not reached within 5 s");
    }
}
