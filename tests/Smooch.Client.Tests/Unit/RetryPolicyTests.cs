using System;
using Smooch.Client.Http;

namespace Smooch.Client.Tests.Unit;

public class RetryPolicyTests
{
    private static readonly RetryOptions s_options = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(1000) };

    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(3, 400)]
    [InlineData(4, 800)]
    [InlineData(5, 1000)]
    [InlineData(40, 1000)]
    public void Backoff_ceiling_doubles_up_to_max_delay(int retry, double expectedCeilingMs)
    {
        var policy = new RetryPolicy(s_options, () => 1.0);
        Assert.Equal(expectedCeilingMs, policy.Backoff(retry).TotalMilliseconds, 3);
    }

    [Fact]
    public void Full_jitter_scales_the_ceiling_by_the_random_draw()
    {
        Assert.Equal(TimeSpan.Zero, new RetryPolicy(s_options, () => 0.0).Backoff(3));
        Assert.Equal(100, new RetryPolicy(s_options, () => 0.25).Backoff(3).TotalMilliseconds, 3);
    }

    [Fact]
    public void Real_random_delays_stay_within_bounds()
    {
        var policy = new RetryPolicy(s_options);
        for (int i = 0; i < 1000; i++)
        {
            TimeSpan delay = policy.Backoff(3);
            Assert.InRange(delay.TotalMilliseconds, 0, 400);
        }
    }

    [Fact]
    public void Retry_after_seconds_are_read()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), RetryPolicy.ParseRetryAfter("7", DateTimeOffset.UtcNow));
        Assert.Equal(TimeSpan.Zero, RetryPolicy.ParseRetryAfter("0", DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Retry_after_http_date_becomes_the_remaining_time()
    {
        var now = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.ParseRetryAfter("Tue, 24 Nov 2026 08:00:30 GMT", now));
        Assert.Equal(TimeSpan.Zero, RetryPolicy.ParseRetryAfter("Tue, 24 Nov 2026 07:59:00 GMT", now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void Unusable_retry_after_is_ignored(string? value)
    {
        Assert.Null(RetryPolicy.ParseRetryAfter(value, DateTimeOffset.UtcNow));
    }
}
