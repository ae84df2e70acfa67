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
    /// Base of every Smooch cmdlet: drives the async client from the pipeline thread (blocking per call, writing
    /// between awaits), cancels the in-flight request on Ctrl+C, writes the client's request log as Verbose,
    /// and turns per-input failures into non-terminating errors.
    /// </summary>
    public abstract class SmoochCmdlet : PSCmdlet, ICmdletHost, IDisposable
    {
        private static readonly TimeSpan LogPollInterval = TimeSpan.FromMilliseconds(100);

        private readonly CancellationTokenSource cancellation = new CancellationTokenSource();
        private readonly ConcurrentQueue<RequestLogEntry> requestLog = new ConcurrentQueue<RequestLogEntry>();
        private OutputPager? pager;

        internal CancellationToken CancellationToken => cancellation.Token;

        CancellationToken ICmdletHost.CancellationToken => cancellation.Token;

        /// <summary>-Force on the cmdlets that have it: skips the confirmation prompt, never -WhatIf.</summary>
        internal virtual bool ForceRequested => false;

        protected override void BeginProcessing() => Guard(Begin);

        protected override void ProcessRecord() => Guard(Process);

        protected override void EndProcessing() => Guard(End);

        protected override void StopProcessing() => cancellation.Cancel();

        internal virtual void Begin()
        {
        }

        internal virtual void Process()
        {
        }

        internal virtual void End()
        {
        }

        /// <summary>Runs one client call to completion on the pipeline thread, writing its Verbose lines as they come.</summary>
        internal T Await<T>(Func<CancellationToken, Task<T>> call)
        {
            Task<T> task;
            using (RequestLogRouter.Capture(requestLog))
            {
                task = call(CancellationToken);
            }

            WaitWhileFlushing(task);
            return task.GetAwaiter().GetResult();
        }

        internal void Await(Func<CancellationToken, Task> call) => Await<bool>(async ct =>
        {
            await call(ct).ConfigureAwait(false);
            return true;
        });

        /// <summary>Streams a client list to the pipeline page by page; stops fetching once -First is satisfied.</summary>
        internal void WriteList<TSource>(Func<CancellationToken, IAsyncEnumerable<TSource>> list, Func<TSource, bool> keep, Func<TSource, object> map)
        {
            if (Pager.IsFull && !CountAll)
            {
                return;
            }

            IAsyncEnumerator<TSource> items;
            using (RequestLogRouter.Capture(requestLog))
            {
                items = list(CancellationToken).GetAsyncEnumerator(CancellationToken);
            }

            try
            {
                while (MoveNext(items))
                {
                    TSource item = items.Current;
                    if (keep(item) && Pager.Take())
                    {
                        WriteModel(map(item));
                    }

                    if (Pager.IsFull && !CountAll)
                    {
                        break;
                    }
                }
            }
            finally
            {
                Await(_ => items.DisposeAsync().AsTask());
            }
        }

        internal void WriteModel(object model) => WriteObject(OutputObjects.Wrap(model));

        /// <summary>-Skip/-First of this invocation (SupportsPaging), shared by every input of the pipeline.</summary>
        internal OutputPager Pager => pager ??= PagingParameters is null ? new OutputPager() : new OutputPager(PagingParameters.Skip, PagingParameters.First);

        internal bool CountAll => PagingParameters?.IncludeTotalCount == true;

        internal void WriteTotalCountIfAsked()
        {
            if (CountAll)
            {
                WriteObject(PagingParameters.NewTotalCount(Pager.Offered, 1.0));
            }
        }

        /// <summary>
        /// Writes the object whose id is the literal <paramref name="id"/> (one request), else every listed object whose
        /// id matches it as a pattern (no id: all of them); either way only those that pass <paramref name="keep"/>.
        /// </summary>
        internal void WriteOneOrList<T>(NamePattern id, Func<string, CancellationToken, Task<T>> get, Func<CancellationToken, IAsyncEnumerable<T>> list, Func<T, string?> idOf, Func<T, bool> keep, Func<T, object> map)
        {
            if (id.IsLiteral)
            {
                WriteOne(ct => get(id.Text!, ct), keep, map);
            }
            else
            {
                WriteList(list, item => id.Matches(idOf(item)) && keep(item), map);
            }
        }

        /// <summary>
        /// A state change: asks ShouldProcess (so -WhatIf sends nothing), runs the call, writes what it returns;
        /// a failure is a non-terminating error with <paramref name="errorTarget"/> as its target.
        /// </summary>
        internal void Change<T>(string target, string action, object? errorTarget, Func<CancellationToken, Task<T>> call, Action<T> write)
        {
            if (Confirmed(target, action))
            {
                ForInput(errorTarget, () => write(Await(call)));
            }
        }

        /// <summary>A Set-*: a <see cref="Change"/> that writes the updated object only with -PassThru.</summary>
        internal void Update<T>(string target, string action, object? errorTarget, Func<CancellationToken, Task<T>> call, bool passThru, Func<T, object> map) =>
            Change(target, action, errorTarget, call, updated =>
            {
                if (passThru)
                {
                    WriteModel(map(updated));
                }
            });

        /// <summary>A create that lost part of the server's response but kept the secret: say so, once.</summary>
        internal void WarnIfIncomplete(bool responseIncomplete, string what)
        {
            if (responseIncomplete)
            {
                WriteWarning($"The server's response for the new {what} was damaged; the secret was recovered, but other fields may be empty. Check it with Get-*.");
            }
        }

        /// <summary>The one way a failure of one input is reported: a non-terminating error, unless the pipeline is stopping.</summary>
        internal void WriteFailure(Exception exception, object? target)
        {
            ThrowIfStopping(exception);
            WriteError(ErrorRecords.From(exception, target));
        }

        internal void ThrowIfStopping(Exception exception)
        {
            if (exception is OperationCanceledException && cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>Runs the work for one input; a failure becomes that input's non-terminating error.</summary>
        internal void ForInput(object? target, Action work)
        {
            try
            {
                work();
            }
            catch (Exception ex) when (ex is not PipelineStoppedException && ex is not SessionUnusableException)
            {
                WriteFailure(ex, target);
            }
        }

        internal bool WhatIfRequested =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? whatIf)
                ? ((SwitchParameter)whatIf).IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

        /// <summary>Asks whether to change <paramref name="target"/>; honours -WhatIf, -Confirm and -Force.</summary>
        internal bool Confirmed(string target, string action)
        {
            if (ForceRequested && !WhatIfRequested)
            {
                WriteVerbose($"Performing the operation \"{action}\" on target \"{target}\" (-Force, no confirmation).");
                return true;
            }

            return ShouldProcess(target, action);
        }

        void ICmdletHost.WriteObject(object item) => WriteObject(item);

        void ICmdletHost.WriteError(ErrorRecord error) => WriteError(error);

        void ICmdletHost.WriteProgress(ProgressRecord progress) => WriteProgress(progress);

        IDisposable ICmdletHost.RouteRequestLog() => RequestLogRouter.Capture(requestLog);

        void ICmdletHost.FlushRequestLog() => FlushRequestLog();

        /// <summary>
        /// Called by the engine when the command is done. Work still running here (after a terminating error) is
        /// cancelled; the token source is not disposed because late continuations may still observe it.
        /// </summary>
        public void Dispose()
        {
            cancellation.Cancel();
            Release();
            GC.SuppressFinalize(this);
        }

        internal virtual void Release()
        {
        }

        private void WriteOne<T>(Func<CancellationToken, Task<T>> get, Func<T, bool> keep, Func<T, object> map)
        {
            if (Pager.IsFull && !CountAll)
            {
                return;
            }

            T item = Await(get);
            if (keep(item) && Pager.Take())
            {
                WriteModel(map(item));
            }
        }

        private bool MoveNext<T>(IAsyncEnumerator<T> items)
        {
            ValueTask<bool> next;
            using (RequestLogRouter.Capture(requestLog))
            {
                next = items.MoveNextAsync();
            }

            if (next.IsCompleted)
            {
                FlushRequestLog();
                return next.GetAwaiter().GetResult();
            }

            Task<bool> pending = next.AsTask();
            WaitWhileFlushing(pending);
            return pending.GetAwaiter().GetResult();
        }

        private void WaitWhileFlushing(Task task)
        {
            while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(LogPollInterval))
            {
                FlushRequestLog();
            }

            FlushRequestLog();
        }

        private void FlushRequestLog()
        {
            while (requestLog.TryDequeue(out RequestLogEntry? entry))
            {
                WriteVerbose(RequestLogRouter.Describe(entry));
            }
        }

        private void Guard(Action step)
        {
            try
            {
                step();
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (SessionUnusableException unusable)
            {
                ThrowTerminatingError(unusable.ToErrorRecord(null));
            }
        }
    }
}
