using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.Client.Concurrency;
using Smooch.Emulator;

namespace Smooch.Bench.Scenarios;

/// <summary>
/// Lists the keys of many apps with emulator latency, sequentially and through OrderedConcurrency (what
/// Get-SmoochAppKey -ThrottleLimit does), and compares with the ideal ceil(apps / limit) × latency.
/// </summary>
internal sealed class BulkScenario : IScenario
{
    private const int ThrottleLimit = 16;
    private static readonly TimeSpan s_latency = TimeSpan.FromMilliseconds(25);

    public string Name => "bulk";

    public async Task RunAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var appCount = options.Size(400, 96);
        var concurrentRounds = options.Size(5, 3);
        var sequentialRounds = options.Size(2, 1);

        await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = appCount, CustomIntegrationsPerApp = 0 }, cancellationToken);
        using var session = BenchSessions.Sunshine(emulator);
        var appIds = emulator.Apps.Select(a => a.AppId).ToList();

        // One key per app (created without latency), so every listing returns something to parse.
        await foreach (var created in OrderedConcurrency.RunAsync(
            appIds, (appId, ct) => session.AppKeys.CreateAsync(appId, "bench", ct), ThrottleLimit, cancellationToken))
        {
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"seeding a key for {created.Input} failed", created.Error);
            }
        }

        emulator.Control.Latency = s_latency;
        await ListConcurrentlyAsync(session, appIds.Take(ThrottleLimit * 2).ToList(), cancellationToken); // warm-up

        var sequentialMs = new List<double>();
        for (var round = 0; round < sequentialRounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var keys = 0;
            foreach (var appId in appIds)
            {
                await foreach (var key in session.AppKeys.ListAsync(appId, cancellationToken))
                {
                    keys++;
                }
            }

            sequentialMs.Add(watch.Elapsed.TotalMilliseconds);
            ExpectOneKeyPerApp(keys, appCount);
        }

        var concurrentMs = new List<double>();
        var maxInFlight = 0;
        var serverMs = new List<double>();
        for (var round = 0; round < concurrentRounds; round++)
        {
            emulator.Control.ResetConcurrency();
            emulator.Control.ClearJournal();
            var watch = Stopwatch.StartNew();
            var keys = await ListConcurrentlyAsync(session, appIds, cancellationToken);
            concurrentMs.Add(watch.Elapsed.TotalMilliseconds);
            serverMs.AddRange(emulator.Control.Journal.Select(e => e.Milliseconds));
            maxInFlight = Math.Max(maxInFlight, emulator.Control.MaxConcurrentRequests);
            ExpectOneKeyPerApp(keys, appCount);
        }

        var ideal = Math.Ceiling(appCount / (double)ThrottleLimit) * s_latency.TotalMilliseconds;
        var sequential = Stats.Median(sequentialMs);
        var concurrent = Stats.Median(concurrentMs);
        report.Add("bulk_sequential_ms", sequential, "ms", sequentialMs);
        report.Add("bulk_throttle16_ms", concurrent, "ms", concurrentMs);
        report.Add("bulk_ideal_ms", ideal, "ms");
        report.Add("bulk_max_in_flight", maxInFlight, "requests");

        // How long the emulator itself took per request (its 25 ms latency is a Task.Delay, which overshoots when
        // the machine is busy); the ideal above assumes exactly 25 ms.
        report.Add("bulk_server_ms_per_request", Stats.Median(serverMs), "ms");
        report.Add("bulk_speedup", sequential / concurrent, "x");
        report.Add("bulk_efficiency", ideal / concurrent, "ratio", concurrentMs.ConvertAll(ms => ideal / ms));
        if (maxInFlight > ThrottleLimit)
        {
            report.Note($"bulk: the emulator saw {maxInFlight} requests in flight, above the throttle limit {ThrottleLimit}");
        }
    }

    private static async Task<int> ListConcurrentlyAsync(SmoochSession session, IReadOnlyList<string> appIds, CancellationToken cancellationToken)
    {
        var keys = 0;
        await foreach (var result in OrderedConcurrency.RunAsync(
            appIds, (appId, ct) => CountAsync(session.AppKeys.ListAsync(appId, ct), ct), ThrottleLimit, cancellationToken))
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"listing the keys of {result.Input} failed", result.Error);
            }

            keys += result.Value;
        }

        return keys;
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in items.WithCancellation(cancellationToken))
        {
            count++;
        }

        return count;
    }

    private static void ExpectOneKeyPerApp(int keys, int apps)
    {
        if (keys != apps)
        {
            throw new InvalidOperationException($"expected {apps} keys, listed {keys}");
        }
    }
}
