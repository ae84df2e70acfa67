using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Concurrency;

namespace Smooch.PowerShell.Common
{
    /// <summary>
    /// Runs one request per input with at most -ThrottleLimit in flight over the one session
    /// (OrderedConcurrency), fed from ProcessRecord as inputs arrive, and hands the results back in input
    /// order on the pipeline thread: ready results at each Add, the rest at Complete. A failed input is that
    /// input's non-terminating error; the others continue.
    /// </summary>
    internal sealed class BulkPipeline<TIn, TOut> : IDisposable
    {
        internal const int ProgressThreshold = 10;
        private static int nextActivityId = 1000;

        private readonly ICmdletHost host;
        private readonly Func<TIn, CancellationToken, Task<TOut>> operation;
        private readonly Action<TIn, TOut> onSuccess;
        private readonly Func<TIn, object?> targetOf;
        private readonly int throttleLimit;
        private readonly string activity;
        private readonly int activityId = Interlocked.Increment(ref nextActivityId);
        private readonly BlockingCollection<TIn> inputs = new BlockingCollection<TIn>();
        private readonly BlockingCollection<BulkResult<TIn, TOut>> results = new BlockingCollection<BulkResult<TIn, TOut>>();
        private Task? pump;
        private int added;
        private int done;
        private bool progressShown;

        public BulkPipeline(ICmdletHost host, Func<TIn, CancellationToken, Task<TOut>> operation, Action<TIn, TOut> onSuccess, Func<TIn, object?> targetOf, int throttleLimit, string activity)
        {
            if (throttleLimit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(throttleLimit), throttleLimit, "-ThrottleLimit must be at least 1.");
            }

            this.host = host;
            this.operation = operation;
            this.onSuccess = onSuccess;
            this.targetOf = targetOf;
            this.throttleLimit = throttleLimit;
            this.activity = activity;
        }

        public void Add(TIn input)
        {
            inputs.Add(input);
            added++;
            if (pump is null)
            {
                using (host.RouteRequestLog())
                {
                    CancellationToken token = host.CancellationToken;
                    pump = Task.Run(() => PumpAsync(token));
                }
            }

            WriteResults(untilDone: false);
        }

        /// <summary>No more inputs: waits for the rest, writing each result as soon as its turn comes.</summary>
        public void Complete()
        {
            inputs.CompleteAdding();
            if (pump is null)
            {
                return;
            }

            WriteResults(untilDone: true);
            pump.GetAwaiter().GetResult();
            if (progressShown)
            {
                host.WriteProgress(new ProgressRecord(activityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
            }
        }

        /// <summary>Lets a pump that still waits for inputs finish (after a terminating error, Complete is never called).</summary>
        public void Dispose()
        {
            if (!inputs.IsAddingCompleted)
            {
                inputs.CompleteAdding();
            }
        }

        private async Task PumpAsync(CancellationToken cancellationToken)
        {
            try
            {
                var run = OrderedConcurrency.RunAsync(inputs.GetConsumingEnumerable(cancellationToken), operation, throttleLimit, cancellationToken);
                await foreach (BulkResult<TIn, TOut> result in run.ConfigureAwait(false))
                {
                    results.Add(result);
                }
            }
            finally
            {
                results.CompleteAdding();
            }
        }

        private void WriteResults(bool untilDone)
        {
            while (true)
            {
                BulkResult<TIn, TOut> result;
                if (untilDone)
                {
                    if (!results.TryTake(out result!, 100, host.CancellationToken))
                    {
                        host.FlushRequestLog();
                        if (results.IsCompleted)
                        {
                            break;
                        }

                        continue;
                    }
                }
                else if (!results.TryTake(out result!))
                {
                    break;
                }

                host.FlushRequestLog();
                done++;
                if (result.Succeeded)
                {
                    onSuccess(result.Input, result.Value!);
                }
                else
                {
                    if (result.Error is OperationCanceledException && host.CancellationToken.IsCancellationRequested)
                    {
                        throw new OperationCanceledException(host.CancellationToken);
                    }

                    host.WriteError(ErrorRecords.From(result.Error!, targetOf(result.Input)));
                }

                ReportProgress();
            }

            host.FlushRequestLog();
        }

        private void ReportProgress()
        {
            if (added < ProgressThreshold)
            {
                return;
            }

            progressShown = true;
            host.WriteProgress(new ProgressRecord(activityId, activity, $"{done} of {added} done")
            {
                PercentComplete = Math.Min(100, done * 100 / added),
            });
        }
    }
}
