using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Common
{
    /// <summary>
    /// A cmdlet that takes many inputs (array or pipeline) and runs one request per input concurrently up to
    /// -ThrottleLimit, writing results in input order (see <see cref="BulkPipeline{TIn,TOut}"/>).
    /// </summary>
    public abstract class BulkCmdlet<TIn, TOut> : SmoochApiCmdlet
    {
        private BulkPipeline<TIn, TOut>? pipeline;

        /// <summary>How many requests run at once over the session. Default 8.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 8;

        internal abstract string Activity { get; }

        internal abstract Task<TOut> RunAsync(TIn input, CancellationToken cancellationToken);

        internal abstract void WriteResult(TIn input, TOut result);

        internal abstract object? TargetOf(TIn input);

        internal override void Begin()
        {
            base.Begin();
            pipeline = new BulkPipeline<TIn, TOut>(this, RunAsync, WriteResult, TargetOf, ThrottleLimit, Activity);
        }

        /// <summary>Queues one input; results that are ready meanwhile are written now.</summary>
        internal void Enqueue(TIn input) => Pipeline.Add(input);

        internal override void End() => Pipeline.Complete();

        internal override void Release() => pipeline?.Dispose();


        private BulkPipeline<TIn, TOut> Pipeline => pipeline ?? throw new InvalidOperationException("The bulk pipeline starts in BeginProcessing.");
    }
}
