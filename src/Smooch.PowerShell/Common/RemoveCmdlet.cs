using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Common
{
    /// <summary>
    /// Remove-*: asks ShouldProcess per object on the pipeline thread (ConfirmImpact High; -Force skips the prompt,
    /// never -WhatIf), then deletes the confirmed ones concurrently up to -ThrottleLimit.
    /// </summary>
    public abstract class RemoveCmdlet<TTarget> : BulkCmdlet<TTarget, bool>
    {
        /// <summary>Removes without asking for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        internal override bool ForceRequested => Force.IsPresent;

        internal override string Activity => "Removing " + Noun;

        internal abstract string Noun { get; }

        internal abstract string Describe(TTarget target);

        internal abstract Task DeleteAsync(TTarget target, CancellationToken cancellationToken);

        /// <summary>Asks about <paramref name="target"/> and queues it for deletion when confirmed.</summary>
        internal void RemoveIfConfirmed(TTarget target)
        {
            if (Confirmed(Describe(target), "Remove " + Noun))
            {
                Enqueue(target);
            }
        }

        internal override async Task<bool> RunAsync(TTarget input, CancellationToken cancellationToken)
        {
            await DeleteAsync(input, cancellationToken).ConfigureAwait(false);
            return true;
        }

        internal override void WriteResult(TTarget input, bool result) => WriteVerbose($"Removed {Noun} {Describe(input)}.");
    }
}
