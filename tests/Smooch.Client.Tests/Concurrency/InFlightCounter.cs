using System.Threading;

namespace Smooch.Client.Tests.Concurrency
{
    /// <summary>Counts operations in flight and remembers the high-water mark; safe across threads.</summary>
    internal sealed class InFlightCounter
    {
        private int current;
        private int max;
        private int started;
        private int finished;

        public int Current => Volatile.Read(ref current);

        public int Max => Volatile.Read(ref max);

        public int Started => Volatile.Read(ref started);

        public int Finished => Volatile.Read(ref finished);

        public int Enter()
        {
            Interlocked.Increment(ref started);
            var now = Interlocked.Increment(ref current);
            int seen;
            while (now > (seen = Volatile.Read(ref max)) && Interlocked.CompareExchange(ref max, now, seen) != seen)
            {
            }

            return now;
        }

        public void Exit()
        {
            Interlocked.Decrement(ref current);
            Interlocked.Increment(ref finished);
        }
    }
}
