using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Smooch.Bench;

/// <summary>Command line: [--quick] [--only name[,name]] [--out DIR].</summary>
public sealed class BenchOptions
{
    public bool Quick { get; private set; }

    public IReadOnlyCollection<string>? Only { get; private set; }

    public string OutputDirectory { get; private set; } = Path.Combine(RepoRoot(), "out", "bench");

    public bool Runs(string scenario) => Only is null || Only.Contains(scenario, StringComparer.OrdinalIgnoreCase);

    /// <summary>Picks the full or the quick size of a parameter.</summary>
    public int Size(int full, int quick) => Quick ? quick : full;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    options.Quick = true;
                    break;
                case "--only" when i + 1 < args.Length:
                    options.Only = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--out" when i + 1 < args.Length:
                    options.OutputDirectory = Path.GetFullPath(args[++i]);
                    break;
                default:
                    throw new ArgumentException(
                        $"Unknown argument '{args[i]}'. Usage: Smooch.Bench [--quick] [--only overhead,bulk,paging,jwt,coldstart,cmdlet,startup] [--out DIR]");
            }
        }

        return options;
    }

    internal static string BuildMetadata(string key) =>
        typeof(BenchOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"build metadata {key} missing");

    internal static string RepoRoot() => Path.GetFullPath(BuildMetadata("RepoRoot"));
}
