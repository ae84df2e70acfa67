using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Bench.Raw;
using Smooch.Client;
using Smooch.Client.Models;
using Smooch.Emulator;

namespace Smooch.Bench.Scenarios;

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
            Side.OneByOne("client", Checked(() => session.AppKeys.GetAsync(appId, keyId, cancellationToken))),
            Side.OneByOne("raw", Checked(() => raw.GetAppKeyAsync(appId, keyId, cancellationToken))),
            Side.OneByOne("bare_restsharp", Checked(() => bare.GetAppKeyAsync(appId, keyId, cancellationToken))),
        };

        await Interleaved.WarmUpAsync(sides, TimeSpan.FromSeconds(options.Quick ? 1 : 12));
        await Interleaved.RunRoundsAsync(sides, rounds, calls);

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
            report.Add($"overhead_{side.Name}_alloc_bytes", await side.AllocatedPerCallAsync(sample), "bytes/call");
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
