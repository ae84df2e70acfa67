using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Concurrency;

/// <summary>
/// Runs one operation per input, at most <c>throttleLimit</c> at a time, and yields the results in input order.
/// </summary>
/// <remarks>
/// Besides the result the consumer is handling, at most <c>throttleLimit</c> inputs are outstanding (pulled and
/// running, or finished and waiting for an earlier input): a slow consumer or a slow head input holds back new work
/// instead of letting results pile up. Inputs are pulled only when a slot is free, on a worker thread, so a source
/// that blocks until its next item exists (a PowerShell pipeline fed by ProcessRecord) neither holds back results
/// that are already done nor is read ahead.
/// Backoff after a 429 is not handled here: the session pauses all of its requests, which pauses every worker.
/// </remarks>
public static class OrderedConcurrency
{
    /// <summary>
    /// Runs <paramref name="operation"/> for each input with at most <paramref name="throttleLimit"/> in flight;
    /// yields each result as soon as it and every earlier one are done. A failing input yields a failed
    /// <see cref="BulkResult{TIn,TOut}"/> and the rest continue. Cancelling (or abandoning the enumeration)
    /// cancels every in-flight operation and waits for them to stop.
    /// </summary>
    public static IAsyncEnumerable<BulkResult<TIn, TOut>> RunAsync<TIn, TOut>(
        IEnumerable<TIn> inputs,
        Func<TIn, CancellationToken, Task<TOut>> operation,
        int throttleLimit,
        CancellationToken cancellationToken)
    {
        if (inputs is null)
        {
            throw new ArgumentNullException(nameof(inputs));
        }

        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        if (throttleLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(throttleLimit), throttleLimit, "The throttle limit must be at least 1.");
        }

        return RunCore(inputs, operation, throttleLimit, cancellationToken);
    }

    private static async IAsyncEnumerable<BulkResult<TIn, TOut>> RunCore<TIn, TOut>(
        IEnumerable<TIn> inputs,
        Func<TIn, CancellationToken, Task<TOut>> operation,
        int throttleLimit,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onCancel = cancellationToken.Register(() => cancelled.TrySetResult(true));
        var window = new Queue<Task<BulkResult<TIn, TOut>>>(throttleLimit);
        var source = inputs.GetEnumerator();

        // A pull reads the next input on a worker thread and starts its operation there, so a slot freed while the
        // consumer is busy with a result starts working at once; it yields null when the source is exhausted.
        Task<Task<BulkResult<TIn, TOut>>?>? pull = null;
        // 1 once the current pull's MoveNext has returned an input: from then on it only starts that input's operation.
        var pullHasInput = 0;
        var sourceDone = false;
        ExceptionDispatchInfo? sourceFailure = null;

        void PullIfRoom()
        {
            if (pull is null && !sourceDone && window.Count < throttleLimit && !stop.IsCancellationRequested)
            {
                pullHasInput = 0;
                pull = Task.Factory.StartNew(
                    () =>
                    {
                        if (!source.MoveNext())
                        {
                            return null;
                        }

                        TIn input = source.Current;
                        // A full fence, paired with stop.Cancel() in finally: either finally sees this, or the
                        // operation below sees the cancelled token and never runs.
                        Interlocked.Exchange(ref pullHasInput, 1);
                        return RunOneAsync(input, operation, stop.Token);
                    },
                    CancellationToken.None,
                    TaskCreationOptions.DenyChildAttach,
                    TaskScheduler.Default);
            }
        }

        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                PullIfRoom();
                if (pull is null && window.Count == 0)
                {
                    break;
                }

                // While the next input is still coming, wait for whichever is first: that input, or the head result.
                if (pull is not null && (window.Count == 0 || !window.Peek().IsCompleted))
                {
                    await Task.WhenAny(pull, window.Count == 0 ? cancelled.Task : window.Peek(), cancelled.Task).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (pull is not null && pull.IsCompleted)
                {
                    try
                    {
                        Task<BulkResult<TIn, TOut>>? started = await pull.ConfigureAwait(false);
                        if (started is not null)
                        {
                            window.Enqueue(started);
                        }
                        else
                        {
                            sourceDone = true;
                        }
                    }
                    catch (Exception ex)
                    {
                        // The source itself broke: finish what was started, then report it.
                        sourceFailure = ExceptionDispatchInfo.Capture(ex);
                        sourceDone = true;
                    }

                    pull = null;
                    continue;
                }

                var result = await window.Peek().ConfigureAwait(false);
                _ = window.Dequeue();
                cancellationToken.ThrowIfCancellationRequested();

                // Refill before handing the result over, so the freed slot works while the consumer handles it.
                PullIfRoom();
                yield return result;
            }

            sourceFailure?.Throw();
        }
        finally
        {
            // Reached on completion, on error, on cancellation and when the consumer stops early: nothing we
            // started may outlive the enumeration.
            stop.Cancel();
            if (pull is not null && !pull.IsCompleted && Volatile.Read(ref pullHasInput) == 1)
            {
                // Past MoveNext, the pull is starting an operation that may have begun before the cancellation; it
                // returns as soon as the operation is started, so this wait is short.
                try
                {
                    await pull.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Observed below through pull.Exception.
                }
            }

            if (pull is not null && pull.IsCompleted)
            {
                // Its operation may have started before the cancellation: wait for it like the others.
                if (pull.Status == TaskStatus.RanToCompletion && pull.Result is { } started)
                {
                    window.Enqueue(started);
                }

                _ = pull.Exception;
                pull = null;
            }

            while (window.Count > 0)
            {
                try
                {
                    await window.Dequeue().ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }

            if (pull is null)
            {
                source.Dispose();
            }
            else
            {
                // A pull still blocked in MoveNext is left to finish (a cancelled source usually throws); the source
                // is disposed after it returns, never concurrently, and its outcome is observed either way. Any
                // operation it starts from now on sees the cancelled token, so Task.Run never runs it.
                _ = pull.ContinueWith(
                    (finished, state) =>
                    {
                        _ = finished.Exception;
                        ((IDisposable)state!).Dispose();
                    },
                    source,
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }
        }
    }

    private static async Task<BulkResult<TIn, TOut>> RunOneAsync<TIn, TOut>(
        TIn input,
        Func<TIn, CancellationToken, Task<TOut>> operation,
        CancellationToken stop)
    {
        try
        {
            // Task.Run: an operation with a synchronous prefix (validation, signing) must not serialize the others,
            // and no caller synchronization context is captured.
            var value = await Task.Run(() => operation(input, stop), stop).ConfigureAwait(false);
            return BulkResult<TIn, TOut>.Success(input, value);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Includes timeouts surfacing as TaskCanceledException while the run itself was not cancelled.
            return BulkResult<TIn, TOut>.Failure(input, ex);
        }
    }
}
