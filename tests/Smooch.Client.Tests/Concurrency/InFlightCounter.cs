using System.Threading;

namespace Smooch.Client.Tests.Concurrency;

/// <summary>Counts operations in flight and remembers the high-water mark; safe across threads.</summary>
internal sealed class InFlightCounter
{
    private int _current;
    private int _max;
    private int _started;
    private int _finished;

    public int Current => Volatile.Read(ref _current);

    public int Max => Volatile.Read(ref _max);

    public int Started => Volatile.Read(ref _started);

    public int Finished => Volatile.Read(ref _finished);

    public int Enter()
    {
        Interlocked.Increment(ref _started);
        var now = Interlocked.Increment(ref _current);
        int seen;
        while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
        {
        }

        return now;
    }

    public void Exit()
    {
        Interlocked.Decrement(ref _current);
        Interlocked.Increment(ref _finished);
    }
}
