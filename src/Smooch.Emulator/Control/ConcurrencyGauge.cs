using System.Threading;

namespace Smooch.Emulator.Control;

/// <summary>API requests in flight and the high-water mark since the last reset.</summary>
internal sealed class ConcurrencyGauge
{
    private int _inFlight, _max;

    public int InFlight => Volatile.Read(ref _inFlight);
    public int Max => Volatile.Read(ref _max);

    public void Enter()
    {
        int now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen) { }
    }

    public void Exit() => Interlocked.Decrement(ref _inFlight);

    public void Reset() => Volatile.Write(ref _max, InFlight);
}
