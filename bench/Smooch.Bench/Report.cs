using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Smooch.Bench;

/// <summary>Collects figures, prints each as `name value unit` the moment it is known, and writes the JSON file.</summary>
public sealed class Report
{
    private readonly List<Figure> _figures = new List<Figure>();
    private readonly List<string> _notes = new List<string>();

    public static IReadOnlyList<Target> Targets { get; } = new[]
    {
        new Target("overhead_ratio", "<=", 1.15),
        new Target("bulk_speedup", ">=", 12),
        new Target("bulk_efficiency", ">=", 0.8),
        new Target("paging_peak_mb", "<=", 32),
        new Target("paging_first_item_requests", "<=", 1),
        new Target("cmdlet_overhead_ratio", "<=", 1.10),
        new Target("startup_import_overhead_ms", "<=", 100),
        new Target("startup_first_result_ratio", "<=", 1.0),
    };

    public void Add(string name, double value, string unit, IReadOnlyList<double>? rounds = null)
    {
        var figure = new Figure(name, Math.Round(value, 3), unit, rounds ?? new[] { value });
        _figures.Add(figure);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{figure.Name} {figure.Value} {figure.Unit}"));
    }

    /// <summary>A fact that qualifies the figures (e.g. a check that failed); printed as a comment line.</summary>
    public void Note(string text)
    {
        _notes.Add(text);
        Console.WriteLine("# " + text);
    }

    public IReadOnlyList<(Target Target, double Value, bool Met)> Verdicts() =>
        Targets.SelectMany(t => _figures.Where(f => f.Name == t.Figure).Select(f => (t, f.Value, t.IsMetBy(f.Value)))).ToList();

    public void PrintVerdicts(bool quick)
    {
        Console.WriteLine(quick
            ? "# targets (quick mode: reduced sizes, so these are indicative only and never fail the run)"
            : "# targets (issues 6 and 11, 2-core reference machine)");
        foreach (var (target, value, met) in Verdicts())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"# target {target.Figure} {target.Comparison} {target.Threshold}: {(met ? "met" : "MISSED")} ({value})"));
        }
    }

    public (string Stamped, string Latest) Write(string directory, bool quick, DateTimeOffset startedAt)
    {
        Directory.CreateDirectory(directory);
        var document = new
        {
            startedAt,
            mode = quick ? "quick" : "full",
            machine = new
            {
                processors = Environment.ProcessorCount,
                os = RuntimeInformation.OSDescription,
                runtime = RuntimeInformation.FrameworkDescription,
            },
            figures = _figures.Select(f => new { name = f.Name, value = f.Value, unit = f.Unit, rounds = f.Rounds }),
            targets = Verdicts().Select(v => new
            {
                figure = v.Target.Figure,
                comparison = v.Target.Comparison,
                threshold = v.Target.Threshold,
                value = v.Value,
                met = v.Met,
            }),
            _notes,
        };
        var json = JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true });
        var stamped = Path.Combine(directory, $"results-{startedAt:yyyyMMdd-HHmmss}{(quick ? "-quick" : string.Empty)}.json");
        var latest = Path.Combine(directory, "latest.json");
        File.WriteAllText(stamped, json);
        File.WriteAllText(latest, json);
        return (stamped, latest);
    }
}
