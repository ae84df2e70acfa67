using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Concurrency;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Concurrency;

/// <summary>OrderedConcurrency over one real session against the in-process emulator, as the bulk cmdlets use it.</summary>
public sealed class OrderedConcurrencyEmulatorTests
{
    [Fact]
    public async Task Listing_many_apps_keeps_input_order_and_never_exceeds_the_limit_at_the_server()
    {
        const int Limit = 4;
        await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 12, CustomIntegrationsPerApp = 0 });
        using var session = SessionFor(emulator);
        var appIds = emulator.Apps.Select(a => a.AppId).ToList();
        foreach (var appId in appIds)
        {
            await session.AppKeys.CreateAsync(appId, "key of " + appId);
        }

        emulator.Control.Latency = TimeSpan.FromMilliseconds(40);
        emulator.Control.ResetConcurrency();
        var results = await AsyncEnumerableExtensions.ToListAsync(
            OrderedConcurrency.RunAsync<string, List<AppKey>>(appIds, (appId, ct) => session.AppKeys.ListAsync(appId, ct).CollectAsync(ct), Limit, CancellationToken.None));

        Assert.Equal(appIds, results.Select(r => r.Input));
        Assert.All(results, r =>
        {
            Assert.True(r.Succeeded);
            var key = Assert.Single(r.Value!);
            Assert.Equal(r.Input, key.AppId);
            Assert.Equal("key of " + r.Input, key.DisplayName);
        });

        // The emulator's own high-water mark: never above the limit, and the requests did overlap.
        Assert.InRange(emulator.Control.MaxConcurrentRequests, 2, Limit);
    }

    [Fact]
    public async Task A_missing_app_and_a_hostile_id_fail_alone_while_the_rest_succeed()
    {
        await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 3, CustomIntegrationsPerApp = 0 });
        using var session = SessionFor(emulator);
        var missing = "0123456789abcdef01234567";
        var hostile = "../serviceaccounts";
        var inputs = new[] { emulator.Apps[0].AppId, missing, hostile, emulator.Apps[1].AppId, emulator.Apps[2].AppId };
        emulator.Control.ClearJournal();

        var results = await AsyncEnumerableExtensions.ToListAsync(
            OrderedConcurrency.RunAsync<string, List<AppKey>>(inputs, (appId, ct) => session.AppKeys.ListAsync(appId, ct).CollectAsync(ct), 3, CancellationToken.None));

        Assert.Equal(inputs, results.Select(r => r.Input));
        Assert.Equal(new[] { true, false, false, true, true }, results.Select(r => r.Succeeded));
        Assert.Equal(SmoochErrorKind.NotFound, Assert.IsType<SmoochApiException>(results[1].Error).Kind);
        Assert.IsAssignableFrom<ArgumentException>(results[2].Error);

        // The hostile id was refused before any request; the other four reached the emulator once each.
        Assert.Equal(4, emulator.Control.Journal.Count);
        Assert.DoesNotContain(emulator.Control.Journal, e => e.Path.Contains("serviceaccounts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_stops_the_requests_in_flight_and_starts_no_more()
    {
        const int Limit = 3;
        await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 10, CustomIntegrationsPerApp = 0 });
        using var session = SessionFor(emulator);
        var appIds = emulator.Apps.Select(a => a.AppId).ToList();
        emulator.Control.Latency = TimeSpan.FromMinutes(5);
        emulator.Control.ResetConcurrency();
        emulator.Control.ClearJournal();
        using var cts = new CancellationTokenSource();

        var run = Task.Run(() => AsyncEnumerableExtensions.ToListAsync(
            OrderedConcurrency.RunAsync<string, List<AppKey>>(appIds, (appId, ct) => session.AppKeys.ListAsync(appId, ct).CollectAsync(ct), Limit, cts.Token)));
        await OrderedConcurrencyTests.WaitUntil(() => emulator.Control.MaxConcurrentRequests == Limit);
        cts.Cancel();

        // Ends long before the 5-minute latency could elapse, i.e. the in-flight requests were abandoned.
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(run, finished);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(Limit, emulator.Control.MaxConcurrentRequests);
        Assert.True(emulator.Control.Journal.Count <= Limit, $"{emulator.Control.Journal.Count} requests reached the emulator");
    }

    [Fact]
    public async Task A_429_on_one_worker_holds_back_the_requests_of_the_others()
    {
        await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 4, CustomIntegrationsPerApp = 0 });
        using var session = SessionFor(emulator);
        var appIds = emulator.Apps.Select(a => a.AppId).ToList();
        foreach (var appId in appIds)
        {
            await CountAsync(session.AppKeys.ListAsync(appId)); // warm: connections and JIT, so the timeline below is tight
        }

        // Worker 0's first request is rate limited at once (Retry-After: 4 s); the other workers' first requests
        // take 300 ms, so their second requests are due while the session is paused. The pause is long against
        // those 300 ms so that a loaded machine's scheduling delays cannot blur the timeline.
        var limited = appIds[0];
        emulator.Control.AddFault(new FaultRule("GET", $"/v2/apps/{limited}/keys", FaultKind.RateLimit) { Status = 429, RetryAfter = "4" });
        foreach (var appId in appIds.Skip(1))
        {
            emulator.Control.AddFault(new FaultRule("GET", $"/v2/apps/{appId}/keys", FaultKind.Delay) { Delay = TimeSpan.FromMilliseconds(300) });
        }

        // When each worker was ready to send each of its two requests, by the same clock the journal uses.
        var readyAt = appIds.ToDictionary(id => id, _ => new ConcurrentQueue<DateTimeOffset>());
        emulator.Control.ClearJournal();
        var results = await AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync(
            appIds,
            async (appId, ct) =>
            {
                readyAt[appId].Enqueue(DateTimeOffset.UtcNow);
                var first = await CountAsync(session.AppKeys.ListAsync(appId, ct));
                readyAt[appId].Enqueue(DateTimeOffset.UtcNow);
                var second = await CountAsync(session.AppKeys.ListAsync(appId, ct));
                return first + second;
            },
            throttleLimit: 4,
            CancellationToken.None));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        var journal = emulator.Control.Journal;
        var timeline = string.Join("; ", journal.OrderBy(e => e.At).Select(e => $"{e.Path} {e.Status} at {(e.At - journal.Min(j => j.At)).TotalMilliseconds:0} ms"));
        var rateLimited = Assert.Single(journal, e => e.Status == 429);
        Assert.EndsWith(limited + "/keys", rateLimited.Path, StringComparison.Ordinal);
        var pauseEnds = rateLimited.At + TimeSpan.FromSeconds(3.9); // Retry-After: 4, less clock granularity

        // Nothing reached the server during the pause (allowing 500 ms for requests already on their way when the
        // 429 was answered): worker 0's retry and second request, and the other workers' next requests, all waited.
        var racing = rateLimited.At + TimeSpan.FromMilliseconds(500);
        Assert.All(journal.Where(e => e.At > racing), e => Assert.True(e.At >= pauseEnds, timeline));
        Assert.Equal(2, journal.Count(e => e.Path == rateLimited.Path && e.Status != 429 && e.At >= pauseEnds));

        // And the pause did hold someone back: another worker was ready to send a request long before the pause
        // ended, yet that request arrived only afterwards. (On a loaded machine that is sometimes its first request,
        // when the 429 came back before the worker had sent anything; otherwise its second.)
        var heldBack = appIds.Skip(1).Count(appId =>
        {
            var requests = journal.Where(e => e.Path == $"/v2/apps/{appId}/keys").OrderBy(e => e.At).ToList();
            var ready = readyAt[appId].ToList();
            return requests.Count == 2 && ready.Count == 2
                && Enumerable.Range(0, 2).Any(i => ready[i] < pauseEnds - TimeSpan.FromMilliseconds(500) && requests[i].At >= pauseEnds);
        });
        Assert.True(heldBack >= 1, timeline);
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var unused in items)
        {
            count++;
        }

        return count;
    }

    private static SmoochSession SessionFor(SmoochEmulator emulator)
    {
        var secret = new SecureString();
        foreach (var c in emulator.AccountSecret)
        {
            secret.AppendChar(c);
        }

        return new SmoochSession(new SmoochSessionOptions
        {
            BaseAddress = emulator.BaseAddress,
            Authenticator = new BasicKeyAuthenticator(emulator.AccountKeyId, secret),
        });
    }
}
