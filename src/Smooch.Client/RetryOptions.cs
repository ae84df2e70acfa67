using System;

namespace Smooch.Client;

/// <summary>How a session retries rate-limited, unavailable and unreachable requests.</summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt (0 = never retry). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Backoff scale: retry n waits a random time in [0, min(MaxDelay, BaseDelay * 2^(n-1))]. Default 0.5 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest backoff between attempts (a server's Retry-After may ask for longer). Default 8 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>No retry is scheduled that would end later than this after the first attempt started. Default 2 min.</summary>
    public TimeSpan TotalTimeCap { get; set; } = TimeSpan.FromMinutes(2);

    internal void Validate(string parameterName)
    {
        if (MaxRetries < 0 || MaxRetries > 100)
        {
            throw new ArgumentOutOfRangeException(parameterName, MaxRetries, $"{parameterName}.MaxRetries must be between 0 and 100.");
        }
        if (BaseDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero || TotalTimeCap < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(parameterName, $"{parameterName} delays must not be negative.");
        }
    }

    internal RetryOptions Clone()
    {
        return new RetryOptions { MaxRetries = MaxRetries, BaseDelay = BaseDelay, MaxDelay = MaxDelay, TotalTimeCap = TotalTimeCap };
    }
}
