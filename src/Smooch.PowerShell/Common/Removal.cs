using System;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Common;

/// <summary>
/// What a Remove-* does: asks ShouldProcess per object on the pipeline thread (ConfirmImpact High; -Force skips
/// the prompt, never -WhatIf), then deletes the confirmed ones concurrently up to -ThrottleLimit.
/// </summary>
internal sealed class Removal<TTarget>(
    SmoochCmdlet cmdlet,
    string noun,
    Func<TTarget, string> describe,
    Func<TTarget, object?> targetOf,
    Func<TTarget, CancellationToken, Task> delete,
    int throttleLimit,
    bool force) : IDisposable
{
    private readonly BulkPipeline<TTarget, bool> _deletions = new BulkPipeline<TTarget, bool>(
        cmdlet, (target, ct) => DeleteAsync(delete, target, ct), (target, _) => cmdlet.WriteVerbose($"Removed {noun} {describe(target)}."), targetOf, throttleLimit, "Removing " + noun);

    /// <summary>Asks about <paramref name="target"/> and queues it for deletion when confirmed.</summary>
    public void RemoveIfConfirmed(TTarget target)
    {
        if (cmdlet.Confirmed(describe(target), "Remove " + noun, force))
        {
            cmdlet.Calls.StopIfCancelled(() => _deletions.Add(target));
        }
    }

    /// <summary>EndProcessing: waits for the deletions still running.</summary>
    public void Complete() => cmdlet.Calls.StopIfCancelled(_deletions.Complete);

    public void Dispose() => _deletions.Dispose();

    private static async Task<bool> DeleteAsync(Func<TTarget, CancellationToken, Task> delete, TTarget target, CancellationToken cancellationToken)
    {
        await delete(target, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
