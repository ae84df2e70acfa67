using System.Threading;

namespace Smooch.Emulator.Control;

/// <summary>API requests in flight and the high-water mark since the last reset.</summary>
/// <remarks>
/// The high-water mark counts a request only until its answer starts: a client may send its next request as soon as
/// it has the answer, before the server has journaled the first, and that overlap is not concurrency on its side.
/// <see cref="InFlight"/> counts until the journal entry is written, so "none in flight" means "all journaled".
/// </remarks>
internal sealed class ConcurrencyGauge
{
    private int _inFlight, _unanswered, _max;

    public int InFlight => Volatile.Read(ref _inFlight);
    public int Max => Volatile.Read(ref _max);

    public Visit Enter()
    {
        Interlocked.Increment(ref _inFlight);
        int now = Interlocked.Increment(ref _unanswered);
        int seen;
        while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
        { }
        return new Visit(this);
    }

    public void Reset() => Volatile.Write(ref _max, Volatile.Read(ref _unanswered));

    /// <summary>One request's stay: <see cref="Answered"/> when its answer starts, <see cref="Exit"/> once journaled.</summary>
    internal sealed class Visit(ConcurrencyGauge gauge)
    {
        private int _answered;

        public void Answered()
        {
            if (Interlocked.Exchange(ref _answered, 1) == 0)
            {
                Interlocked.Decrement(ref gauge._unanswered);
            }
        }

        public void Exit()
        {
            Answered();
            Interlocked.Decrement(ref gauge._inFlight);
        }
    }
}
