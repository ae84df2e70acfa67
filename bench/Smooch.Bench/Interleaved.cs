using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Smooch.Bench;

/// <summary>Warm-up and measured rounds for sides compared call for call, taking turns so drift hits all alike.</summary>
internal static class Interleaved
{
    private const int Slices = 10;

    /// <summary>
    /// Tiered JIT (with dynamic PGO) keeps re-optimising hot paths for several seconds; measured on the overhead
    /// scenario, rounds only settle after ~10 s. So warm up by time, all sides together.
    /// </summary>
    public static async Task WarmUpAsync(IReadOnlyList<Side> sides, TimeSpan duration, int batch = 100)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < duration)
        {
            foreach (var side in sides)
            {
                await side.MeasureAsync(batch);
            }
        }
    }

    /// <summary>
    /// Each round is <paramref name="calls"/> calls per side, run in slices that take turns (order rotating), so a
    /// neighbour's burst of CPU on the shared machine lands on all sides alike instead of on one side's whole round.
    /// Adds one wall and one CPU figure per round to each side.
    /// </summary>
    public static async Task RunRoundsAsync(IReadOnlyList<Side> sides, int rounds, int calls)
    {
        for (var round = 0; round < rounds; round++)
        {
            var wall = new double[sides.Count];
            var cpu = new double[sides.Count];
            for (var slice = 0; slice < Slices; slice++)
            {
                for (var turn = 0; turn < sides.Count; turn++)
                {
                    var index = (round + slice + turn) % sides.Count;
                    var (wallMs, cpuMs) = await sides[index].MeasureAsync(calls / Slices);
                    wall[index] += wallMs;
                    cpu[index] += cpuMs;
                }
            }

            for (var i = 0; i < sides.Count; i++)
            {
                sides[i].WallUsPerCall.Add(wall[i] * 1000 / calls);
                sides[i].CpuUsPerCall.Add(cpu[i] * 1000 / calls);
            }
        }
    }
}
