using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Bench.Raw;
using Smooch.Client;
using Smooch.Client.Models;
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
            // Single rounds on a shared 2-core machine spread by ±0.1 in ratio; 11 rounds keep the median steady.
            var rounds = options.Size(11, 3);

            await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 1, CustomIntegrationsPerApp = 0 }, cancellationToken);
            using var session = BenchSessions.Sunshine(emulator);
            var appId = emulator.Apps[0].AppId;
            var created = await session.AppKeys.CreateAsync(appId, "bench", cancellationToken);
            var keyId = created.KeyId;

            var userAgent = $"Smooch-PowerShell/{SmoochClientInfo.Version} ({RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription})";
            using var raw = new RawAppKeyClient(emulator.BaseAddress, emulator.AccountKeyId, emulator.AccountSecret, userAgent);
            using var bare = new BareRestSharpAppKeyClient(emulator.BaseAddress, emulator.AccountKeyId, emulator.AccountSecret, userAgent);

            // Each side fetches the same key and checks it is the right one.
            Func<Task> Checked(Func<Task<AppKey>> get) => async () => Check((await get()).KeyId == keyId);
            var sides = new[]
            {
                new Side("client", Checked(() => session.AppKeys.GetAsync(appId, keyId, cancellationToken))),
                new Side("raw", Checked(() => raw.GetAppKeyAsync(appId, keyId, cancellationToken))),
                new Side("bare_restsharp", Checked(() => bare.GetAppKeyAsync(appId, keyId, cancellationToken))),
            };

            // Warm-up until steady state: tiered JIT (with dynamic PGO) keeps re-optimising hot paths for several
            // seconds; measured here, rounds only settle after ~10 s. So warm up by time, all sides together.
            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < TimeSpan.FromSeconds(options.Quick ? 1 : 12))
            {
                foreach (var side in sides)
                {
                    await side.MeasureAsync(100);
                }
            }

            const int Slices = 10;
            for (var round = 0; round < rounds; round++)
            {
                // Each round is N calls per side, run in slices that take turns (order rotating), so a neighbour's
                // burst of CPU on the shared machine lands on all sides alike instead of on one side's whole round.
                var wall = new double[sides.Length];
                var cpu = new double[sides.Length];
                for (var slice = 0; slice < Slices; slice++)
                {
                    for (var turn = 0; turn < sides.Length; turn++)
                    {
                        var index = (round + slice + turn) % sides.Length;
                        var (wallMs, cpuMs) = await sides[index].MeasureAsync(calls / Slices);
                        wall[index] += wallMs;
                        cpu[index] += cpuMs;
                    }
                }

                for (var i = 0; i < sides.Length; i++)
                {
                    sides[i].WallUsPerCall.Add(wall[i] * 1000 / calls);
                    sides[i].CpuUsPerCall.Add(cpu[i] * 1000 / calls);
                }
            }

            foreach (var side in sides)
            {
                report.Add($"overhead_{side.Name}_us_per_call", Stats.Median(side.WallUsPerCall), "us", side.WallUsPerCall);
            }

            var (client, raw0) = (sides[0], sides[1]);
            var paired = client.WallUsPerCall.Select((us, i) => us / raw0.WallUsPerCall[i]).ToList();
            report.Add("overhead_ratio", Stats.Median(client.WallUsPerCall) / Stats.Median(raw0.WallUsPerCall), "ratio", paired);

            // The same comparison round by round (both sides measured in the same interleaved slices), less exposed to
            // a noisy round on one side.
            report.Add("overhead_ratio_paired", Stats.Median(paired), "ratio", paired);

            // Process CPU time per call (client and in-process emulator together): unlike wall time it barely moves
            // when other processes load the machine, so it is the steadier view of the same comparison.
            foreach (var side in sides)
            {
                report.Add($"overhead_{side.Name}_cpu_us_per_call", Stats.Median(side.CpuUsPerCall), "us", side.CpuUsPerCall);
            }

            report.Add("overhead_cpu_ratio", Stats.Median(client.CpuUsPerCall) / Stats.Median(raw0.CpuUsPerCall), "ratio");

            // Bytes allocated per call, process-wide: both sides include the same in-process emulator share, so the
            // differences are the client's and RestSharp's own.
            var sample = Math.Max(calls / 5, 200);
            foreach (var side in sides)
            {
                report.Add($"overhead_{side.Name}_alloc_bytes", await AllocatedPerCallAsync(side.Call, sample), "bytes/call");
            }
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

        private sealed class Side
        {
            private static readonly Process Self = Process.GetCurrentProcess();

            public Side(string name, Func<Task> call)
            {
                Name = name;
                Call = call;
            }

            public string Name { get; }

            public Func<Task> Call { get; }

            public List<double> WallUsPerCall { get; } = new List<double>();

            public List<double> CpuUsPerCall { get; } = new List<double>();

            public async Task<(double WallMs, double CpuMs)> MeasureAsync(int count)
            {
                Self.Refresh();
                var cpuBefore = Self.TotalProcessorTime;
                var wallMs = await TimeAsync(Call, count);
                Self.Refresh();
                return (wallMs, (Self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
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
