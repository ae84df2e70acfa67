using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Smooch.Bench;

/// <summary>
/// One side of an interleaved comparison: runs a batch of calls and keeps, round by round, its wall time and the
/// process's CPU time per call.
/// </summary>
internal sealed class Side
{
    private static readonly Process s_self = Process.GetCurrentProcess();
    private readonly Func<int, Task> _run;

    /// <param name="run">Makes the given number of calls (and checks their results).</param>
    public Side(string name, Func<int, Task> run)
    {
        Name = name;
        _run = run;
    }

    public string Name { get; }

    public List<double> WallUsPerCall { get; } = new List<double>();

    public List<double> CpuUsPerCall { get; } = new List<double>();

    /// <summary>A side whose calls are made one after the other.</summary>
    public static Side OneByOne(string name, Func<Task> call) => new Side(name, async count =>
    {
        for (var i = 0; i < count; i++)
        {
            await call();
        }
    });

    public async Task<(double WallMs, double CpuMs)> MeasureAsync(int count)
    {
        s_self.Refresh();
        var cpuBefore = s_self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await _run(count);
        var wallMs = watch.Elapsed.TotalMilliseconds;
        s_self.Refresh();
        return (wallMs, (s_self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }

    /// <summary>Bytes allocated per call, process-wide (so an in-process emulator's share is included).</summary>
    public async Task<double> AllocatedPerCallAsync(int count)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await _run(count);
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)count;
    }
}
