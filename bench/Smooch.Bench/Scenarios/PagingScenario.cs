using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Emulator;

namespace Smooch.Bench.Scenarios;

/// <summary>
/// Streams a very long list (v1.1 service accounts; organization credentials) page by page: time to the first
/// item, items per second, and how far the managed heap grows above its level before the stream started.
/// </summary>
internal sealed class PagingScenario : IScenario
{
    private const int PageSize = 100;
    private const int SampleEvery = 500;

    public string Name => "paging";

    public async Task RunAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var count = options.Size(100_000, 10_000);
        var rounds = options.Size(3, 1);

        var organization = new OrganizationSeed("bench-org");
        var emulatorOptions = new EmulatorOptions { Apps = 0, CustomIntegrationsPerApp = 0 };
        emulatorOptions.Organizations.Add(organization);
        await using var emulator = await SmoochEmulator.StartAsync(emulatorOptions, cancellationToken);
        var seededOrg = emulator.Organizations[0];
        emulator.Control.SeedServiceAccounts(count);
        emulator.Control.SeedOrganizationCredentials(seededOrg.Id, seededOrg.ServiceAccountId, count - 1); // plus the seeded one

        using var sunshine = BenchSessions.Sunshine(emulator);
        using var organizationApi = BenchSessions.Organization(emulator, seededOrg);

        var families = new (string Prefix, string ListPath, Func<CancellationToken, IAsyncEnumerable<object>> Stream)[]
        {
            ("serviceaccounts", "/v1.1/serviceaccounts",
                ct => sunshine.ServiceAccounts.ListAsync(PageSize, ct)),
            ("credentials", $"/organizations/{seededOrg.Id}/service-accounts/{seededOrg.ServiceAccountId}/credentials",
                ct => organizationApi.Organization.ListCredentialsAsync(seededOrg.Id, seededOrg.ServiceAccountId, false, PageSize, ct)),
        };

        var firstItemMs = new List<double>();
        var itemsPerSecond = new List<double>();
        var peakMb = new List<double>();
        var requestsBeforeFirst = 0;
        var retainedMb = new List<double>();
        foreach (var (prefix, listPath, stream) in families)
        {
            await DrainAsync(stream, 2 * PageSize, emulator, listPath, cancellationToken); // warm-up: JIT, connection, token
            var first = new List<double>();
            var rate = new List<double>();
            var peak = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var run = await DrainAsync(stream, int.MaxValue, emulator, listPath, cancellationToken);
                if (run.Items != count)
                {
                    throw new InvalidOperationException($"{prefix}: expected {count} items, streamed {run.Items}");
                }

                first.Add(run.FirstItemMs);
                rate.Add(run.Items / run.TotalSeconds);
                peak.Add(run.PeakGrowthBytes / (1024.0 * 1024.0));
                requestsBeforeFirst = Math.Max(requestsBeforeFirst, run.ListRequestsAtFirstItem);
            }

            // One more pass with forced collections at ten points, for the memory the stream itself retains.
            var retained = await DrainAsync(stream, int.MaxValue, emulator, listPath, cancellationToken, retainedCheckEvery: count / 10);
            retainedMb.Add(retained.RetainedGrowthBytes / (1024.0 * 1024.0));

            report.Add($"paging_{prefix}_first_item_ms", Stats.Median(first), "ms", first);
            report.Add($"paging_{prefix}_items_per_s", Stats.Median(rate), "items/s", rate);
            report.Add($"paging_{prefix}_peak_mb", peak.Max(), "MB", peak);
            firstItemMs.Add(Stats.Median(first));
            itemsPerSecond.Add(Stats.Median(rate));
            peakMb.AddRange(peak);
        }

        // The headline figures are the worse of the two families (medians over rounds; memory: the worst round).
        report.Add("paging_first_item_ms", firstItemMs.Max(), "ms", firstItemMs);
        report.Add("paging_items_per_s", itemsPerSecond.Min(), "items/s", itemsPerSecond);
        report.Add("paging_peak_mb", peakMb.Max(), "MB", peakMb);
        report.Add("paging_retained_mb", retainedMb.Max(), "MB", retainedMb);
        report.Add("paging_first_item_requests", requestsBeforeFirst, "requests");
        if (requestsBeforeFirst != 1)
        {
            report.Note($"paging: the first item arrived after {requestsBeforeFirst} list requests, not after one page");
        }
    }

    private static async Task<StreamRun> DrainAsync(
        Func<CancellationToken, IAsyncEnumerable<object>> stream, int limit, SmoochEmulator emulator, string listPath, CancellationToken cancellationToken,
        int retainedCheckEvery = 0)
    {
        emulator.Control.ClearJournal();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        var retainedPeak = baseline;
        var items = 0;
        var firstItemMs = 0.0;
        var listRequestsAtFirstItem = 0;
        var watch = Stopwatch.StartNew();
        await foreach (var item in stream(cancellationToken))
        {
            if (items == 0)
            {
                firstItemMs = watch.Elapsed.TotalMilliseconds;
                listRequestsAtFirstItem = emulator.Control.Journal.Count(e => e.Method == "GET" && e.Path.StartsWith(listPath, StringComparison.Ordinal));
            }

            if (++items % SampleEvery == 0)
            {
                // Heap size including not-yet-collected garbage (also the in-process emulator's): an upper bound.
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }

            if (retainedCheckEvery > 0 && items % retainedCheckEvery == 0)
            {
                // What the stream keeps alive mid-way: a full collection leaves only live objects.
                retainedPeak = Math.Max(retainedPeak, GC.GetTotalMemory(forceFullCollection: true));
            }

            if (items == limit)
            {
                break;
            }
        }

        var total = watch.Elapsed.TotalSeconds;
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        return new StreamRun(items, firstItemMs, total, peak - baseline, retainedPeak - baseline, listRequestsAtFirstItem);
    }

    private readonly record struct StreamRun(int Items, double FirstItemMs, double TotalSeconds, long PeakGrowthBytes, long RetainedGrowthBytes, int ListRequestsAtFirstItem);
}
