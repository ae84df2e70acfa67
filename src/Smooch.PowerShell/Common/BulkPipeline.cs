using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Concurrency;

namespace Smooch.PowerShell.Common;

/// <summary>
/// Runs one request per input with at most -ThrottleLimit in flight over the one session
/// (OrderedConcurrency), fed from ProcessRecord as inputs arrive, and hands the results back in input
/// order on the pipeline thread: ready results at each Add, the rest at Complete. A failed input is that
/// input's non-terminating error; the others continue.
/// </summary>
internal sealed class BulkPipeline<TIn, TOut> : IDisposable
{
    internal const int ProgressThreshold = 10;
    private static int s_nextActivityId = 1000;

    private readonly ICmdletHost _host;
    private readonly Func<TIn, CancellationToken, Task<TOut>> _operation;
    private readonly Action<TIn, TOut> _onSuccess;
    private readonly Func<TIn, object?> _targetOf;
    private readonly int _throttleLimit;
    private readonly string _activity;
    private readonly int _activityId = Interlocked.Increment(ref s_nextActivityId);
    private readonly BlockingCollection<TIn> _inputs = new BlockingCollection<TIn>();
    private readonly BlockingCollection<BulkResult<TIn, TOut>> _results = new BlockingCollection<BulkResult<TIn, TOut>>();
    private Task? _pump;
    private int _added;
    private int _done;
    private bool _progressShown;

    public BulkPipeline(ICmdletHost host, Func<TIn, CancellationToken, Task<TOut>> operation, Action<TIn, TOut> onSuccess, Func<TIn, object?> targetOf, int throttleLimit, string activity)
    {
        if (throttleLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(throttleLimit), throttleLimit, "-ThrottleLimit must be at least 1.");
        }

        _host = host;
        _operation = operation;
        _onSuccess = onSuccess;
        _targetOf = targetOf;
        _throttleLimit = throttleLimit;
        _activity = activity;
    }

    public void Add(TIn input)
    {
        _inputs.Add(input);
        _added++;
        if (_pump is null)
        {
            using (_host.RouteRequestLog())
            {
                CancellationToken token = _host.CancellationToken;
                _pump = Task.Run(() => PumpAsync(token));
            }
        }

        WriteResults(untilDone: false);
    }

    /// <summary>No more inputs: waits for the rest, writing each result as soon as its turn comes.</summary>
    public void Complete()
    {
        _inputs.CompleteAdding();
        if (_pump is null)
        {
            return;
        }

        WriteResults(untilDone: true);
        _pump.GetAwaiter().GetResult();
        if (_progressShown)
        {
            _host.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    /// <summary>Lets a pump that still waits for inputs finish (after a terminating error, Complete is never called).</summary>
    public void Dispose()
    {
        if (!_inputs.IsAddingCompleted)
        {
            _inputs.CompleteAdding();
        }
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        try
        {
            var run = OrderedConcurrency.RunAsync(_inputs.GetConsumingEnumerable(cancellationToken), _operation, _throttleLimit, cancellationToken);
            await foreach (BulkResult<TIn, TOut> result in run.ConfigureAwait(false))
            {
                _results.Add(result);
            }
        }
        finally
        {
            _results.CompleteAdding();
        }
    }

    private void WriteResults(bool untilDone)
    {
        while (true)
        {
            BulkResult<TIn, TOut> result;
            if (untilDone)
            {
                if (!_results.TryTake(out result!, 100, _host.CancellationToken))
                {
                    _host.FlushRequestLog();
                    if (_results.IsCompleted)
                    {
                        break;
                    }

                    continue;
                }
            }
            else if (!_results.TryTake(out result!))
            {
                break;
            }

            _host.FlushRequestLog();
            _done++;
            if (result.Succeeded)
            {
                _onSuccess(result.Input, result.Value!);
            }
            else
            {
                if (result.Error is OperationCanceledException && _host.CancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(_host.CancellationToken);
                }

                _host.WriteError(ErrorRecords.From(result.Error!, _targetOf(result.Input)));
            }

            ReportProgress();
        }

        _host.FlushRequestLog();
    }

    private void ReportProgress()
    {
        if (_added < ProgressThreshold)
        {
            return;
        }

        _progressShown = true;
        _host.WriteProgress(new ProgressRecord(_activityId, _activity, $"{_done} of {_added} done")
        {
            PercentComplete = Math.Min(100, _done * 100 / _added),
        });
    }
}
