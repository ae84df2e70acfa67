using System;
using System.Threading;

namespace Smooch.Client.Http
{
    internal static class ThreadSafeRandom
    {
        private static int _seed = Environment.TickCount;
        private static readonly ThreadLocal<Random> Local = new ThreadLocal<Random>(() => new Random(Interlocked.Increment(ref _seed)));

        public static double NextDouble()
        {
            return Local.Value!.NextDouble();
        }
    }
}
