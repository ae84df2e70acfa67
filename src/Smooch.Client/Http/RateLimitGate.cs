using System;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Http;

/// <summary>Session-wide pause after a 429: every request of the session waits until the Retry-After moment.</summary>
internal sealed class RateLimitGate
{
    private readonly Func<DateTimeOffset> _clock;
    private long _resumeAtTicks;

    public RateLimitGate(Func<DateTimeOffset>? clock = null)
    {
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public DateTimeOffset ResumeAt => new DateTimeOffset(Interlocked.Read(ref _resumeAtTicks), TimeSpan.Zero);

    /// <summary>Extends the pause to at least <paramref name="delay"/> from now (never shortens it).</summary>
    public void PauseFor(TimeSpan delay)
    {
        long target = (_clock() + delay).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _resumeAtTicks);
            if (current >= target)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _resumeAtTicks, target, current) != current);
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan remaining = ResumeAt - _clock();
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }
            await Task.Delay(remaining, cancellationToken).ConfigureAwait(false);
        }
    }
}
