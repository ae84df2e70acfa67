using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Bench.Hosting;

/// <summary>
/// Fresh pwsh processes of the repository's .NET tool (PowerShell 7.6.10 from .config/dotnet-tools.json), started
/// directly as `dotnet PSHOME/pwsh.dll` so the `dotnet pwsh` tool shim's own start is not measured.
/// </summary>
internal sealed class ChildPwsh
{
    private static readonly string s_dotnetHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
    private readonly string _pwshDll;
    private readonly IReadOnlyDictionary<string, string> _environment;

    private ChildPwsh(string pwshDll, IReadOnlyDictionary<string, string> environment)
    {
        _pwshDll = pwshDll;
        _environment = environment;
    }

    /// <summary>Asks `dotnet pwsh` (restoring the tool once if needed) for $PSHOME; this also warms the OS file cache.</summary>
    public static async Task<ChildPwsh> LocateAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var ask = new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", "$PSHOME" };
        var (exitCode, output, _) = await RunAsync(ask, environment, cancellationToken);
        if (exitCode != 0)
        {
            await RunCheckedAsync(new[] { "tool", "restore" }, environment, cancellationToken);
            (exitCode, output, _) = await RunAsync(ask, environment, cancellationToken);
        }

        var pwshDll = Path.Combine(output.Trim(), "pwsh.dll");
        if (exitCode != 0 || !File.Exists(pwshDll))
        {
            throw new FileNotFoundException("pwsh.dll of the .NET tool not found; run `dotnet tool restore` at the repository root.", pwshDll);
        }

        return new ChildPwsh(pwshDll, environment);
    }

    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// Runs a script in a fresh pwsh; returns the wall time from start to exit, the CPU time the process reported as
    /// its last line (steadier than wall time on a loaded machine) and the lines before it. Failure fails the run.
    /// </summary>
    public async Task<(double WallMs, double CpuMs, string Output)> RunAsync(string script, CancellationToken cancellationToken)
    {
        var command = script + "; [Console]::Out.WriteLine([Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime.TotalMilliseconds.ToString([cultureinfo]::InvariantCulture))";
        var watch = Stopwatch.StartNew();
        var (exitCode, output, errors) = await RunAsync(new[] { _pwshDll, "-NoProfile", "-NonInteractive", "-Command", command }, _environment, cancellationToken);
        var wallMs = watch.Elapsed.TotalMilliseconds;
        var lines = output.TrimEnd().Split('\n');
        if (exitCode != 0 || !double.TryParse(lines[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var cpuMs))
        {
            throw new InvalidOperationException($"pwsh -Command \"{script}\" failed (exit {exitCode}): {errors}{output}");
        }

        return (wallMs, cpuMs, string.Join('\n', lines[..^1]).Trim());
    }

    private static async Task RunCheckedAsync(string[] arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var (exitCode, output, errors) = await RunAsync(arguments, environment, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed (exit {exitCode}): {errors}{output}");
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(s_dotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = BenchOptions.RepoRoot(), // where `dotnet pwsh` finds the tool manifest
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only the variables given here reach the script: none left over from the caller's own Smooch set-up.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("SMOOCH_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, output, await errors);
    }
}
