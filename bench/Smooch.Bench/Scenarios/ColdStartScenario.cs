using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Emulator;

namespace Smooch.Bench.Scenarios;

/// <summary>
/// Launches the net8.0 probe (bench/Smooch.Bench.ColdStart) as a fresh process and times from Process.Start until
/// it reports its first successful call. One unmeasured launch first, so the figure is a fresh process with the
/// files in the OS cache (as when a module is imported again), not the first read from disk.
/// </summary>
internal sealed class ColdStartScenario : IScenario
{
    public string Name => "coldstart";

    public async Task RunAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var rounds = options.Size(7, 2);
        var probe = BenchOptions.BuildMetadata("ColdStartProbe");
        if (!File.Exists(probe))
        {
            throw new FileNotFoundException("The cold-start probe was not built; build bench/Smooch.Bench (it builds the probe too).", probe);
        }

        await using var emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Apps = 1, CustomIntegrationsPerApp = 0 }, cancellationToken);
        await LaunchAsync(probe, emulator, cancellationToken);

        var wallMs = new List<double>();
        var runtimeOnlyMs = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            wallMs.Add((await LaunchAsync(probe, emulator, cancellationToken)).WallMs);
            runtimeOnlyMs.Add((await LaunchAsync(probe, emulator, cancellationToken, "--runtime-only")).WallMs);
        }

        report.Add("cold_start_ms", Stats.Median(wallMs), "ms", wallMs);
        report.Add("cold_start_runtime_only_ms", Stats.Median(runtimeOnlyMs), "ms", runtimeOnlyMs);
    }

    private static async Task<(double WallMs, double SelfReportedMs)> LaunchAsync(
        string probe, SmoochEmulator emulator, CancellationToken cancellationToken, string? argument = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(probe);
        if (argument is not null)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ROLL_FORWARD"] = "Major"; // only a newer runtime may be installed
        start.Environment["SMOOCH_BENCH_BASE_URI"] = emulator.BaseAddress.ToString();
        start.Environment["SMOOCH_BENCH_KEY_ID"] = emulator.AccountKeyId;
        start.Environment["SMOOCH_BENCH_SECRET"] = emulator.AccountSecret;
        start.Environment["SMOOCH_BENCH_APP_ID"] = emulator.Apps[0].AppId;

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the cold-start probe");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync(cancellationToken)) != null && !line.StartsWith("ok ", StringComparison.Ordinal))
        {
        }

        var wall = watch.Elapsed.TotalMilliseconds;
        await process.WaitForExitAsync(cancellationToken);
        if (line is null || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the cold-start probe failed (exit {process.ExitCode}): {await errors}");
        }

        return (wall, double.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
