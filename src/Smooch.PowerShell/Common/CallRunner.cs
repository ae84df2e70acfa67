using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;

namespace Smooch.PowerShell.Common;

/// <summary>
/// Drives the async client from the pipeline thread of one cmdlet: blocks per call (a call that completed
/// synchronously costs no wait), cancels on Ctrl+C, and writes the client's request log as Verbose between
/// awaits. When nobody listens to Verbose the log is not routed at all, so nothing waits to flush it.
/// </summary>
internal sealed class CallRunner
{
    private static readonly TimeSpan s_logPollInterval = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();
    private readonly ConcurrentQueue<RequestLogEntry>? _requestLog;
    private readonly Action<string> _writeVerbose;

    public CallRunner(bool logRequests, Action<string> writeVerbose)
    {
        _requestLog = logRequests ? new ConcurrentQueue<RequestLogEntry>() : null;
        _writeVerbose = writeVerbose;
    }

    public CancellationToken Token => _cancellation.Token;

    /// <summary>Cancels the calls in flight; the token source is never disposed because late continuations may still observe it.</summary>
    public void Cancel() => _cancellation.Cancel();

    /// <summary>Client calls started until disposal log their requests to this runner; null when nobody listens.</summary>
    public IDisposable? RouteRequestLog() => _requestLog is null ? null : RequestLogRouter.Capture(_requestLog);

    /// <summary>Runs one client call to completion, writing its Verbose lines as they come.</summary>
    public T Run<T>(Func<CancellationToken, Task<T>> call)
    {
        Task<T> task;
        using (RouteRequestLog())
        {
            task = call(Token);
        }

        return Result(task);
    }

    /// <summary>Hands each item of a client list to <paramref name="onItem"/> as it arrives, until it returns false.</summary>
    public void ForEach<T>(Func<CancellationToken, IAsyncEnumerable<T>> list, Func<T, bool> onItem)
    {
        IAsyncEnumerator<T> items;
        using (RouteRequestLog())
        {
            items = list(Token).GetAsyncEnumerator(Token);
        }

        try
        {
            while (MoveNext(items) && onItem(items.Current))
            {
            }
        }
        finally
        {
            Task disposal = items.DisposeAsync().AsTask();
            WaitFlushing(disposal);
            StopIfCancelled(disposal.GetAwaiter().GetResult);
        }
    }

    /// <summary>Runs pipeline-thread work that may see the cancellation of this runner's calls: that ends the pipeline.</summary>
    public T StopIfCancelled<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    public void StopIfCancelled(Action work) => StopIfCancelled(() =>
    {
        work();
        return true;
    });

    /// <summary>Writes the request-log entries that arrived meanwhile; only on the pipeline thread.</summary>
    public void FlushRequestLog()
    {
        if (_requestLog is null)
        {
            return;
        }

        while (_requestLog.TryDequeue(out RequestLogEntry? entry))
        {
            _writeVerbose(RequestLogRouter.Describe(entry));
        }
    }

    private bool MoveNext<T>(IAsyncEnumerator<T> items)
    {
        ValueTask<bool> next;
        using (RouteRequestLog())
        {
            next = items.MoveNextAsync();
        }

        return Result(next.AsTask());
    }

    private T Result<T>(Task<T> task)
    {
        WaitFlushing(task);
        return StopIfCancelled(task.GetAwaiter().GetResult);
    }

    /// <summary>Waits for <paramref name="task"/>; only while a log is routed does it wake up to flush it.</summary>
    private void WaitFlushing(Task task)
    {
        if (_requestLog is not null)
        {
            while (!task.IsCompleted && !WaitQuietly(task, s_logPollInterval))
            {
                FlushRequestLog();
            }

            FlushRequestLog();
        }
    }

    /// <summary>Task.Wait without its AggregateException: the caller reads the outcome from the awaiter.</summary>
    private static bool WaitQuietly(Task task, TimeSpan timeout)
    {
        try
        {
            return task.Wait(timeout);
        }
        catch (AggregateException)
        {
            return true;
        }
    }
}
