using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Bench.Raw;
using Smooch.Client;
using Smooch.Emulator;

namespace Smooch.Bench.Scenarios
{
    /// <summary>
    /// N sequential "get app key" calls through Smooch.Client versus the hand-written raw HttpClient, same emulator,
    /// rounds interleaved so drift (JIT tiering, GC, neighbours on the machine) hits both sides alike.
    /// </summary>
    internal sealed class OverheadScenario : IScenario
    {
        public string Name => "overhead";

        public async Task RunAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
        {
            var calls = options.Size(5_000, 500);
            var rounds = options.Size(7, 3);

            await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 1, CustomIntegrationsPerApp = 0 }, cancellationToken);
            using var session = BenchSessions.Sunshine(emulator);
            var appId = emulator.Apps[0].AppId;
            var created = await session.AppKeys.CreateAsync(appId, "bench", cancellationToken);
            var keyId = created.KeyId;

            var userAgent = $"Smooch-PowerShell/{SmoochClientInfo.Version} ({RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription})";
            using var raw = new RawAppKeyClient(emulator.BaseAddress, emulator.AccountKeyId, emulator.AccountSecret, userAgent);
            using var bare = new BareRestSharpAppKeyClient(emulator.BaseAddress, emulator.AccountKeyId, emulator.AccountSecret, userAgent);

            Func<Task> viaClient = async () =>
            {
                var key = await session.AppKeys.GetAsync(appId, keyId, cancellationToken);
                Check(key.KeyId == keyId);
            };
            Func<Task> viaRaw = async () =>
            {
                var key = await raw.GetAppKeyAsync(appId, keyId, cancellationToken);
                Check(key.KeyId == keyId);
            };

            Func<Task> viaBareRestSharp = async () =>
            {
                var key = await bare.GetAppKeyAsync(appId, keyId, cancellationToken);
                Check(key.KeyId == keyId);
            };

            // Warm-up: JIT (through tier-1), connection pools, emulator caches.
            await TimeAsync(viaClient, Math.Max(calls / 5, 200));
            await TimeAsync(viaRaw, Math.Max(calls / 5, 200));
            await TimeAsync(viaBareRestSharp, Math.Max(calls / 5, 200));

            var clientMs = new List<double>();
            var rawMs = new List<double>();
            var bareMs = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                // Alternate which side goes first, so neither always runs on a warmer or cooler machine.
                if (round % 2 == 0)
                {
                    clientMs.Add(await TimeAsync(viaClient, calls));
                    rawMs.Add(await TimeAsync(viaRaw, calls));
                    bareMs.Add(await TimeAsync(viaBareRestSharp, calls));
                }
                else
                {
                    bareMs.Add(await TimeAsync(viaBareRestSharp, calls));
                    rawMs.Add(await TimeAsync(viaRaw, calls));
                    clientMs.Add(await TimeAsync(viaClient, calls));
                }
            }

            var clientMedian = Stats.Median(clientMs);
            var rawMedian = Stats.Median(rawMs);
            report.Add("overhead_client_us_per_call", clientMedian * 1000 / calls, "us", clientMs.ConvertAll(ms => ms * 1000 / calls));
            report.Add("overhead_raw_us_per_call", rawMedian * 1000 / calls, "us", rawMs.ConvertAll(ms => ms * 1000 / calls));
            report.Add("overhead_bare_restsharp_us_per_call", Stats.Median(bareMs) * 1000 / calls, "us", bareMs.ConvertAll(ms => ms * 1000 / calls));
            var ratios = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                ratios.Add(clientMs[i] / rawMs[i]);
            }

            report.Add("overhead_ratio", clientMedian / rawMedian, "ratio", ratios);

            // Bytes allocated per call, process-wide: both sides include the same in-process emulator share, so the
            // differences are the client's and RestSharp's own.
            var sample = Math.Max(calls / 5, 200);
            report.Add("overhead_client_alloc_bytes", await AllocatedPerCallAsync(viaClient, sample), "bytes/call");
            report.Add("overhead_bare_restsharp_alloc_bytes", await AllocatedPerCallAsync(viaBareRestSharp, sample), "bytes/call");
            report.Add("overhead_raw_alloc_bytes", await AllocatedPerCallAsync(viaRaw, sample), "bytes/call");
        }

        private static async Task<double> TimeAsync(Func<Task> call, int count)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                await call();
            }

            return watch.Elapsed.TotalMilliseconds;
        }

        private static async Task<double> AllocatedPerCallAsync(Func<Task> call, int count)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await TimeAsync(call, count);
            return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)count;
        }

        private static void Check(bool condition)
        {
            if (!condition)
            {
                throw new InvalidOperationException("the call returned the wrong key");
            }
        }
    }
}
