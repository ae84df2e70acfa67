using System;
using System.Threading;

namespace Smooch.Client.Http;

internal static class ThreadSafeRandom
{
    private static int s_seed = Environment.TickCount;
    private static readonly ThreadLocal<Random> s_local = new ThreadLocal<Random>(() => new Random(Interlocked.Increment(ref s_seed)));

    public static double NextDouble()
    {
        return s_local.Value!.NextDouble();
    }
}
