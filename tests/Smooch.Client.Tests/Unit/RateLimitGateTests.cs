using System;
using Smooch.Client.Http;

namespace Smooch.Client.Tests.Unit;

public class RateLimitGateTests
{
    [Fact]
    public void Pause_extends_but_never_shortens()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var gate = new RateLimitGate(() => now);

        gate.PauseFor(TimeSpan.FromSeconds(10));
        gate.PauseFor(TimeSpan.FromSeconds(2));
        Assert.Equal(now.AddSeconds(10), gate.ResumeAt);

        gate.PauseFor(TimeSpan.FromSeconds(30));
        Assert.Equal(now.AddSeconds(30), gate.ResumeAt);
    }

    [Fact]
    public void Wait_returns_at_once_when_not_paused()
    {
        var gate = new RateLimitGate();
        Assert.True(gate.WaitAsync(default).IsCompleted);
    }
}
