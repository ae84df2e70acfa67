using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;

namespace Smooch.PowerShell.Common
{
    /// <summary>
    /// Drives the async client from the pipeline thread of one cmdlet: blocks per call (a call that completed
    /// synchronously costs no wait), cancels on Ctrl+C, and writes the client's request log as Verbose between
    /// awaits. When nobody listens to Verbose the log is not routed at all, so nothing waits to flush it.
    /// </summary>
    internal sealed class CallRunner
    {
        private static readonly TimeSpan LogPollInterval = TimeSpan.FromMilliseconds(100);

        private readonly CancellationTokenSource cancellation = new CancellationTokenSource();
        private readonly ConcurrentQueue<RequestLogEntry>? requestLog;
        private readonly Action<string> writeVerbose;

        public CallRunner(bool logRequests, Action<string> writeVerbose)
        {
            requestLog = logRequests ? new ConcurrentQueue<RequestLogEntry>() : null;
            this.writeVerbose = writeVerbose;
        }

        public CancellationToken Token => cancellation.Token;

        /// <summary>Cancels the calls in flight; the token source is never disposed because late continuations may still observe it.</summary>
        public void Cancel() => cancellation.Cancel();

        /// <summary>Client calls started until disposal log their requests to this runner; null when nobody listens.</summary>
        public IDisposable? RouteRequestLog() => requestLog is null ? null : RequestLogRouter.Capture(requestLog);

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
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
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
            if (requestLog is null)
            {
                return;
            }

            while (requestLog.TryDequeue(out RequestLogEntry? entry))
            {
                writeVerbose(RequestLogRouter.Describe(entry));
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
            if (requestLog is not null)
            {
                while (!task.IsCompleted && !WaitQuietly(task, LogPollInterval))
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
}
