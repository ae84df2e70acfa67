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
                ValueTask disposal = items.DisposeAsync();
                Complete(disposal.IsCompletedSuccessfully ? Task.CompletedTask : disposal.AsTask());
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

            // An item already buffered (most of a page) needs neither a task nor a wait.
            if (next.IsCompletedSuccessfully)
            {
                FlushRequestLog();
                return next.Result;
            }

            return Result(next.AsTask());
        }

        private T Result<T>(Task<T> task)
        {
            Complete(task);
            return task.GetAwaiter().GetResult();
        }

        /// <summary>Waits for <paramref name="task"/> and rethrows its failure; its cancellation by this runner stops the pipeline.</summary>
        private void Complete(Task task)
        {
            WaitFlushing(task);
            try
            {
                task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>
        /// Blocks until <paramref name="task"/> completes (no wait at all if it has), waking up every
        /// <see cref="LogPollInterval"/> to flush the request log while one is routed here. Unlike Task.Wait it does not
        /// spin first: the call is a network round trip, and on a busy machine the spinning takes the CPU from the very
        /// threads that complete it.
        /// </summary>
        private void WaitFlushing(Task task)
        {
            if (!task.IsCompleted)
            {
                // Never disposed: without a WaitHandle asked for, it holds no kernel object, and Set may still be
                // returning on the thread that completed the task when Wait returns here.
                var completed = new ManualResetEventSlim(initialState: false, spinCount: 0);
                task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(completed.Set);
                if (requestLog is null)
                {
                    completed.Wait();
                    return;
                }

                while (!completed.Wait(LogPollInterval))
                {
                    FlushRequestLog();
                }
            }

            FlushRequestLog();
        }
    }
}
