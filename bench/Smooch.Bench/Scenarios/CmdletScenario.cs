using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Bench.Floor;
using Smooch.Bench.Hosting;
using Smooch.Emulator;

namespace Smooch.Bench.Scenarios;

/// <summary>
/// The cost of the PowerShell layer: N sequential "get app key" calls as Get-SmoochAppKey in an in-process engine
/// (one command per Invoke, and a whole `1..N | ForEach-Object` pipeline) versus the same call through Smooch.Client,
/// same emulator, rounds interleaved. Two more sides split the gap: the client call blocked on from the calling thread
/// (as a cmdlet must, PowerShell's pipeline being synchronous) and the engine's floor, a bench-only compiled cmdlet with
/// the same parameters that writes a cached object. A third, the floor that first blocks on the same client call, shows
/// what making that call inside a pipeline costs any cmdlet, so what Get-SmoochAppKey costs beyond it is the module's
/// own. Also fails the run when repeated output grows an object's type-name list.
/// </summary>
internal sealed class CmdletScenario : IScenario
{
    private const string Pipeline = "param($n, $a, $k) 1..$n | ForEach-Object { Get-SmoochAppKey -AppId $a -KeyId $k }";

    public string Name => "cmdlet";

    public async Task RunAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var calls = options.Size(2_000, 200);
        var rounds = options.Size(11, 3);

        await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 1, CustomIntegrationsPerApp = 0 }, cancellationToken);
        using var session = BenchSessions.Sunshine(emulator);
        var appId = emulator.Apps[0].AppId;
        var keyId = (await session.AppKeys.CreateAsync(appId, "bench", cancellationToken)).KeyId;
        using var shell = SmoochRunspace.Connect(emulator);

        TypeNameCheck.Run(shell, report, 1_000);
        GetBenchFloorKeyCommand.Output = shell.Invoke("Get-SmoochAppKey", ("AppId", appId), ("KeyId", keyId)).Single();
        GetBenchFloorCallKeyCommand.Fetch = () => session.AppKeys.GetAsync(appId, keyId, cancellationToken).GetAwaiter().GetResult();

        // Each side fetches the same key and checks it is the right one.
        var sides = new[]
        {
            Side.OneByOne("client", async () => CheckKeys(new[] { (await session.AppKeys.GetAsync(appId, keyId, cancellationToken)).KeyId }, 1, keyId)),
            new Side("client_blocking", count =>
            {
                for (var i = 0; i < count; i++)
                {
                    CheckKeys(new[] { session.AppKeys.GetAsync(appId, keyId, cancellationToken).GetAwaiter().GetResult().KeyId }, 1, keyId);
                }

                return Task.CompletedTask;
            }),
            new Side("floor", count =>
            {
                for (var i = 0; i < count; i++)
                {
                    CheckKeys(KeyIds(shell.Invoke("Get-BenchFloorKey", ("AppId", appId), ("KeyId", keyId))), 1, keyId);
                }

                return Task.CompletedTask;
            }),
            new Side("floor_call", count =>
            {
                for (var i = 0; i < count; i++)
                {
                    CheckKeys(KeyIds(shell.Invoke("Get-BenchFloorCallKey", ("AppId", appId), ("KeyId", keyId))), 1, keyId);
                }

                return Task.CompletedTask;
            }),
            new Side("cmdlet", count =>
            {
                for (var i = 0; i < count; i++)
                {
                    CheckKeys(KeyIds(shell.Invoke("Get-SmoochAppKey", ("AppId", appId), ("KeyId", keyId))), 1, keyId);
                }

                return Task.CompletedTask;
            }),
            new Side("script", count =>
            {
                CheckKeys(KeyIds(shell.InvokeScript(Pipeline, ("n", count), ("a", appId), ("k", keyId))), count, keyId);
                return Task.CompletedTask;
            }),
        };

        // The engine's own code tiers up far later than the client's: with a 1 s warm-up, quick runs showed ratios of 3.5–10.
        await Interleaved.WarmUpAsync(sides, TimeSpan.FromSeconds(options.Quick ? 3 : 10), batch: 50);
        await Interleaved.RunRoundsAsync(sides, rounds, calls);

        var (client, blocking, floor, floorCall, cmdlet, script) = (sides[0], sides[1], sides[2], sides[3], sides[4], sides[5]);
        report.Add("client_call_us", Stats.Median(client.WallUsPerCall), "us", client.WallUsPerCall);
        report.Add("client_blocking_call_us", Stats.Median(blocking.WallUsPerCall), "us", blocking.WallUsPerCall);
        report.Add("cmdlet_engine_floor_us", Stats.Median(floor.WallUsPerCall), "us", floor.WallUsPerCall);
        report.Add("cmdlet_call_us", Stats.Median(cmdlet.WallUsPerCall), "us", cmdlet.WallUsPerCall);
        report.Add("cmdlet_script_call_us", Stats.Median(script.WallUsPerCall), "us", script.WallUsPerCall);
        AddRatio(report, "cmdlet_overhead_ratio", cmdlet.WallUsPerCall, client.WallUsPerCall);
        AddRatio(report, "cmdlet_script_overhead_ratio", script.WallUsPerCall, client.WallUsPerCall);

        // What no cmdlet can avoid, as a share of the client call: the engine's floor, and blocking instead of awaiting.
        // Above 0.10 together, the 1.10 target is out of reach for any cmdlet. What is left is the module's own.
        AddRatio(report, "cmdlet_engine_floor_share", floor.WallUsPerCall, client.WallUsPerCall);
        AddRatio(report, "cmdlet_unavoidable_share", Sum(floor.WallUsPerCall, Minus(blocking.WallUsPerCall, client.WallUsPerCall)), client.WallUsPerCall);
        var own = Minus(cmdlet.WallUsPerCall, Sum(floor.WallUsPerCall, blocking.WallUsPerCall));
        report.Add("cmdlet_module_own_us", Stats.Median(own), "us", own);

        // The same split with the call made inside the floor cmdlet: blocking on a client call from a pipeline costs
        // any cmdlet more than floor + blocking (the interaction), and the module's own is what remains beyond that floor.
        report.Add("cmdlet_engine_floor_call_us", Stats.Median(floorCall.WallUsPerCall), "us", floorCall.WallUsPerCall);
        var interaction = Minus(floorCall.WallUsPerCall, Sum(floor.WallUsPerCall, blocking.WallUsPerCall));
        report.Add("cmdlet_engine_call_interaction_us", Stats.Median(interaction), "us", interaction);
        var beyondCallFloor = Minus(cmdlet.WallUsPerCall, floorCall.WallUsPerCall);
        report.Add("cmdlet_module_own_beyond_call_floor_us", Stats.Median(beyondCallFloor), "us", beyondCallFloor);
        AddRatio(report, "cmdlet_over_floor_call_ratio", cmdlet.WallUsPerCall, floorCall.WallUsPerCall);

        // Process CPU time (engine, client and in-process emulator together) barely moves when neighbours load the
        // machine, so it is the steadier view of the same comparison.
        AddRatio(report, "cmdlet_cpu_overhead_ratio", cmdlet.CpuUsPerCall, client.CpuUsPerCall);
        AddRatio(report, "cmdlet_engine_floor_cpu_share", floor.CpuUsPerCall, client.CpuUsPerCall);
        var ownCpu = Minus(cmdlet.CpuUsPerCall, Sum(floor.CpuUsPerCall, blocking.CpuUsPerCall));
        report.Add("cmdlet_module_own_cpu_us", Stats.Median(ownCpu), "us", ownCpu);
        var beyondCallFloorCpu = Minus(cmdlet.CpuUsPerCall, floorCall.CpuUsPerCall);
        report.Add("cmdlet_module_own_beyond_call_floor_cpu_us", Stats.Median(beyondCallFloorCpu), "us", beyondCallFloorCpu);

        // Bytes allocated per call, process-wide: both include the same emulator share, so the difference is the layer's.
        var sample = Math.Max(calls / 5, 100);
        report.Add("cmdlet_alloc_bytes", await cmdlet.AllocatedPerCallAsync(sample), "bytes/call");
        report.Add("cmdlet_engine_floor_alloc_bytes", await floor.AllocatedPerCallAsync(sample), "bytes/call");
        report.Add("cmdlet_script_alloc_bytes", await script.AllocatedPerCallAsync(sample), "bytes/call");
        report.Add("client_alloc_bytes", await client.AllocatedPerCallAsync(sample), "bytes/call");
    }

    /// <summary>Median over median, with the per-round ratios (same interleaved slices) as its rounds.</summary>
    private static void AddRatio(Report report, string name, IReadOnlyList<double> side, IReadOnlyList<double> baseline)
    {
        var paired = side.Select((us, i) => us / baseline[i]).ToList();
        report.Add(name, Stats.Median(side) / Stats.Median(baseline), "ratio", paired);
    }

    private static List<double> Sum(IReadOnlyList<double> a, IReadOnlyList<double> b) => a.Select((x, i) => x + b[i]).ToList();

    private static List<double> Minus(IReadOnlyList<double> a, IReadOnlyList<double> b) => a.Select((x, i) => x - b[i]).ToList();

    private static string?[] KeyIds(Collection<PSObject> output) =>
        output.Select(o => o.Properties["KeyId"]?.Value as string).ToArray();

    private static void CheckKeys(string?[] keyIds, int expected, string keyId)
    {
        if (keyIds.Length != expected || keyIds.Any(k => k != keyId))
        {
            throw new InvalidOperationException($"expected {expected} × key {keyId}, got [{string.Join(", ", keyIds)}]");
        }
    }
}
