using System;
using System.Globalization;
using System.Threading;

namespace Smooch.Client.Http;

/// <summary>
/// The time limit of one call (<see cref="SmoochSessionOptions.TotalTimeout"/>): attempts, backoff, Retry-After and
/// rate-limit waits, and a client-credentials token exchange made on the call's behalf, all fit inside it. Without
/// a total, only the per-attempt timeout and the retry options bound a call.
/// </summary>
internal sealed class CallDeadline
{
    private static readonly AsyncLocal<CallDeadline?> s_ambient = new AsyncLocal<CallDeadline?>();
    private readonly Timestamp _started = Timestamp.Now();

    private CallDeadline(TimeSpan? total)
    {
        Total = total;
    }

    public TimeSpan? Total { get; }

    public TimeSpan Remaining => Total.HasValue ? Total.Value - _started.Elapsed : TimeSpan.MaxValue;

    /// <summary>
    /// The deadline of the call this code runs for: the one already started by an enclosing call (the token exchange
    /// of a request shares its request's deadline), or a new one.
    /// </summary>
    public static CallDeadline Begin(TimeSpan? total)
    {
        CallDeadline? enclosing = s_ambient.Value;
        if (enclosing != null)
        {
            return enclosing;
        }
        var deadline = new CallDeadline(total);
        s_ambient.Value = deadline; // flows into awaited callees only; the caller's context is not changed
        return deadline;
    }

    /// <summary>The per-attempt timeout, shortened to what is left of the total.</summary>
    public TimeSpan AttemptTimeout(TimeSpan perAttempt)
    {
        TimeSpan remaining = Remaining;
        return remaining < perAttempt ? remaining : perAttempt;
    }

    /// <summary>True when a wait of <paramref name="delay"/> still leaves time for another attempt.</summary>
    public bool Allows(TimeSpan delay)
    {
        return delay < Remaining;
    }

    /// <summary>A token that ends at the deadline (and with <paramref name="cancellationToken"/>); null when there is no total.</summary>
    public CancellationTokenSource? Linked(CancellationToken cancellationToken)
    {
        if (!Total.HasValue)
        {
            return null;
        }
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        TimeSpan remaining = Remaining;
        linked.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        return linked;
    }

    /// <summary>The Timeout error of a call whose time ran out between attempts (while waiting for the session's rate limit).</summary>
    public SmoochApiException Expired(ApiRequest request, int attempts, string during)
    {
        string tried = attempts > 0 ? string.Format(CultureInfo.InvariantCulture, " after {0} attempt{1}", attempts, attempts == 1 ? string.Empty : "s") : string.Empty;
        return new SmoochApiException(SmoochErrorKind.Timeout, request.MethodName, request.Path, 0, null, null, null,
            string.Format(CultureInfo.InvariantCulture, "{0} {1} timed out{2}: its time limit of {3:0.###} s ran out {4}.",
                request.MethodName, request.Path, tried, Total.GetValueOrDefault().TotalSeconds, during));
    }
}
