using System;
using System.Globalization;

namespace Smooch.Client.Http;

/// <summary>Delay arithmetic for retries: exponential backoff with full jitter, and Retry-After parsing.</summary>
internal sealed class RetryPolicy
{
    private readonly RetryOptions _options;
    private readonly Func<double> _random;

    public RetryPolicy(RetryOptions options, Func<double>? random = null)
    {
        _options = options;
        _random = random ?? ThreadSafeRandom.NextDouble;
    }

    public RetryOptions Options => _options;

    /// <summary>Full jitter: a uniform random delay in [0, min(MaxDelay, BaseDelay * 2^(retry-1))]; retry counts from 1.</summary>
    public TimeSpan Backoff(int retry)
    {
        double ceilingMs = _options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30));
        ceilingMs = Math.Min(ceilingMs, _options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceilingMs * _random());
    }

    /// <summary>The wait before the next attempt, or null when this outcome must not be retried.</summary>
    public TimeSpan? DelayBeforeRetry(ApiRequest request, AttemptResult result, int retry)
    {
        switch (result.Kind)
        {
            case AttemptKind.NotSent:
                return Backoff(retry);
            case AttemptKind.Timeout:
            case AttemptKind.Uncertain:
                return request.SafeToRepeat ? Backoff(retry) : (TimeSpan?)null;
        }
        switch (result.StatusCode)
        {
            case 429:
                return ParseRetryAfter(result.RetryAfter, DateTimeOffset.UtcNow) ?? Backoff(retry);
            case 502:
            case 503:
            case 504:
                return request.SafeToRepeat ? ParseRetryAfter(result.RetryAfter, DateTimeOffset.UtcNow) ?? Backoff(retry) : (TimeSpan?)null;
        }
        return null;
    }

    /// <summary>Parses Retry-After as delta-seconds or an HTTP date; null when absent or unreadable.</summary>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        string text = value!.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.FromDays(1).TotalSeconds));
        }
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            TimeSpan delay = date - now;
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }
        return null;
    }
}
