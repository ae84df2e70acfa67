using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Bench.Scenarios;

namespace Smooch.Bench;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        IScenario[] scenarios =
        {
            new OverheadScenario(),
            new BulkScenario(),
            new PagingScenario(),
            new JwtScenario(),
            new ColdStartScenario(),
            new CmdletScenario(),
            new StartupScenario(),
        };

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var startedAt = DateTimeOffset.UtcNow;
        var report = new Report();
        Console.WriteLine($"# Smooch.Bench {(options.Quick ? "quick" : "full")} run, {Environment.ProcessorCount} processors, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        foreach (var scenario in scenarios.Where(s => options.Runs(s.Name)))
        {
            Console.WriteLine($"# scenario {scenario.Name}");
            await scenario.RunAsync(options, report, cancel.Token);
        }

        report.PrintVerdicts(options.Quick);
        var (stamped, _) = report.Write(options.OutputDirectory, options.Quick, startedAt);
        Console.WriteLine($"# results written to {stamped} and latest.json");
        return 0;
    }
}
