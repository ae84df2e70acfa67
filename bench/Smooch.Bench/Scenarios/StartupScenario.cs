using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Bench.Hosting;
using Smooch.Emulator;

namespace Smooch.Bench.Scenarios;

/// <summary>
/// Fresh pwsh processes, start to exit: bare, importing a trivial script module, importing Smooch, and the time to
/// a first result (import, Connect-Smooch from SMOOCH_* variables, Get-SmoochAppKey) against a hand-written
/// Invoke-RestMethod script getting the same key. Launches take turns, round by round; medians.
/// </summary>
internal sealed class StartupScenario : IScenario
{
    private const string Strict = "$ErrorActionPreference = 'Stop'; ";

    private const string HandWritten = Strict +
        "$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($env:SMOOCH_KEY_ID + ':' + $env:SMOOCH_SECRET)); " +
        "$uri = $env:SMOOCH_BASE_URI.TrimEnd('/') + '/v2/apps/' + $env:SMOOCH_BENCH_APP_ID + '/keys/' + $env:SMOOCH_BENCH_KEY_ID; " +
        "(Invoke-RestMethod -Uri $uri -Headers @{ Authorization = \"Basic $basic\" }).key.id";

    public string Name => "startup";

    public async Task RunAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var rounds = options.Size(7, 2);

        await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 1, CustomIntegrationsPerApp = 0 }, cancellationToken);
        using var session = BenchSessions.Sunshine(emulator);
        var appId = emulator.Apps[0].AppId;
        var keyId = (await session.AppKeys.CreateAsync(appId, "bench", cancellationToken)).KeyId;
        var pwsh = await ChildPwsh.LocateAsync(
            new Dictionary<string, string>
            {
                ["SMOOCH_BASE_URI"] = emulator.BaseAddress.ToString(),
                ["SMOOCH_KEY_ID"] = emulator.AccountKeyId,
                ["SMOOCH_SECRET"] = emulator.AccountSecret,
                ["SMOOCH_BENCH_APP_ID"] = appId,
                ["SMOOCH_BENCH_KEY_ID"] = keyId,
            },
            cancellationToken);

        using var trivial = new TrivialModule();
        var importSmooch = Strict + "Import-Module " + ChildPwsh.Quote(StagedModule.Manifest());
        var launches = new[]
        {
            new Launch("bare", "$null", null), // pwsh -c exit, but reaching the CPU-time line every script ends with
            new Launch("import_trivial", Strict + "Import-Module " + ChildPwsh.Quote(trivial.Path), null),
            new Launch("import_smooch", importSmooch, null),
            new Launch("first_result", importSmooch + "; Connect-Smooch; (Get-SmoochAppKey -AppId $env:SMOOCH_BENCH_APP_ID -KeyId $env:SMOOCH_BENCH_KEY_ID).KeyId", keyId),
            new Launch("first_result_irm", HandWritten, keyId),
        };

        // One unmeasured launch of each first (full runs), so every figure is a fresh process with its files cached.
        for (var round = options.Quick ? 0 : -1; round < rounds; round++)
        {
            for (var turn = 0; turn < launches.Length; turn++)
            {
                var launch = launches[(Math.Max(round, 0) + turn) % launches.Length];
                var (wallMs, cpuMs) = await launch.RunAsync(pwsh, cancellationToken);
                if (round >= 0)
                {
                    launch.WallMs.Add(wallMs);
                    launch.CpuMs.Add(cpuMs);
                }
            }
        }

        foreach (var launch in launches)
        {
            report.Add($"startup_{launch.Name}_ms", Stats.Median(launch.WallMs), "ms", launch.WallMs);
        }

        // The child's own CPU time (all its threads): unlike wall time it hardly grows when neighbours load the machine.
        foreach (var launch in launches)
        {
            report.Add($"startup_{launch.Name}_cpu_ms", Stats.Median(launch.CpuMs), "ms", launch.CpuMs);
        }

        var (importTrivial, importSmoochLaunch, firstResult, firstResultIrm) = (launches[1], launches[2], launches[3], launches[4]);
        // Each figure compares two launches by their medians, and keeps the per-round comparisons beside it.
        void Compare(string name, string unit, List<double> of, List<double> against, Func<double, double, double> compare) =>
            report.Add(name, compare(Stats.Median(of), Stats.Median(against)), unit, of.Select((value, i) => compare(value, against[i])).ToList());

        Compare("startup_import_overhead_ms", "ms", importSmoochLaunch.WallMs, importTrivial.WallMs, (a, b) => a - b);
        Compare("startup_first_result_ratio", "ratio", firstResult.WallMs, firstResultIrm.WallMs, (a, b) => a / b);
        Compare("startup_import_overhead_cpu_ms", "ms", importSmoochLaunch.CpuMs, importTrivial.CpuMs, (a, b) => a - b);
        Compare("startup_first_result_cpu_ratio", "ratio", firstResult.CpuMs, firstResultIrm.CpuMs, (a, b) => a / b);
    }

    /// <summary>One kind of launch: its script, what it must print (if anything), and its times.</summary>
    private sealed record Launch(string Name, string Script, string? ExpectedOutput)
    {
        public List<double> WallMs { get; } = new List<double>();

        public List<double> CpuMs { get; } = new List<double>();

        public async Task<(double WallMs, double CpuMs)> RunAsync(ChildPwsh pwsh, CancellationToken cancellationToken)
        {
            var (wallMs, cpuMs, output) = await pwsh.RunAsync(Script, cancellationToken);
            if (output != (ExpectedOutput ?? string.Empty))
            {
                throw new InvalidOperationException($"startup_{Name}: expected '{ExpectedOutput}', the script wrote '{output}'");
            }

            return (wallMs, cpuMs);
        }
    }
}
