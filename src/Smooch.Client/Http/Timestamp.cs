using System;
using System.Diagnostics;

namespace Smooch.Client.Http;

/// <summary>A moment to measure elapsed time from, without allocating a Stopwatch (Stopwatch.GetElapsedTime is not on .NET Framework).</summary>
internal readonly struct Timestamp
{
    private static readonly double s_ticksPerTimestamp = (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency;
    private readonly long _start;

    private Timestamp(long start)
    {
        _start = start;
    }

    public static Timestamp Now() => new Timestamp(Stopwatch.GetTimestamp());

    public TimeSpan Elapsed => TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - _start) * s_ticksPerTimestamp));
}
