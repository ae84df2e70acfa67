using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;

namespace Smooch.PowerShell.Rotation;

/// <summary>How every credential of one invocation is rotated.</summary>
internal sealed class RotationSettings(bool keepOld, TimeSpan verifyTimeout, bool asPlainText)
{
    public bool KeepOld => keepOld;

    public TimeSpan VerifyTimeout => verifyTimeout;

    public bool AsPlainText => asPlainText;
}

/// <summary>
/// The steps of one rotation, in order: create the replacement under the same name (sent once: a lost answer is
/// reported, never repeated), check that it authenticates, remove the old credential unless -KeepOld, and hand back
/// the replacement. A step that fails leaves the old credential untouched, except a failed removal, which still
/// hands back the working replacement. A replacement that is never handed back is removed again, so none is left
/// unused.
/// </summary>
internal static class KeyRotation
{
    public static async Task<RotationOutcome> RunAsync(RotationTarget target, SmoochSession session, RotationSettings settings, CancellationToken cancellationToken)
    {
        Replacement replacement;
        try
        {
            replacement = await target.CreateAsync(session, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (!IsStop(failure, cancellationToken))
        {
            return RotationOutcome.Failed(await CreateFailedAsync(target, session, failure, cancellationToken).ConfigureAwait(false));
        }

        if (replacement.Id.Length == 0 || replacement.AuthenticatesAs.Length == 0)
        {
            return RotationOutcome.Failed(RotationErrors.MayExist(target, new InvalidOperationException(
                "The API's answer was damaged and the new credential's id could not be read, so it can be neither used nor checked.")));
        }

        CheckOutcome check;
        try
        {
            check = await ReplacementCheck.RunAsync(session, replacement, target.CheckAppId, settings.VerifyTimeout, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before the old credential was touched: the replacement would never be handed back.
            await TakeBackAsync(target, session, replacement.Id).ConfigureAwait(false);
            throw;
        }
        catch (Exception failure)
        {
            check = CheckOutcome.Failed(0, TimeSpan.Zero, failure.Message);
        }

        if (!check.Passed)
        {
            Exception? takeBack = await TakeBackAsync(target, session, replacement.Id).ConfigureAwait(false);
            return RotationOutcome.Failed(RotationErrors.NotVerified(target, replacement, check, settings.VerifyTimeout, takeBack));
        }

        var errors = new List<ErrorRecord>();
        bool removed = false;
        if (!settings.KeepOld)
        {
            try
            {
                // Not cancellable: once sent, its outcome decides what the output says.
                await target.DeleteAsync(session, target.OldId, CancellationToken.None).ConfigureAwait(false);
                removed = true;
            }
            catch (Exception failure) when (!IsStop(failure, cancellationToken))
            {
                errors.Add(RotationErrors.OldNotRemoved(target, replacement, failure));
            }
        }

        object model = replacement.ToModel(new RotationFacts(settings.AsPlainText, check.Verification, removed));
        return new RotationOutcome(model, replacement, check, errors);
    }

    private static async Task<ErrorRecord> CreateFailedAsync(RotationTarget target, SmoochSession session, Exception failure, CancellationToken cancellationToken)
    {
        if (failure is SmoochApiException { CreatedId: { } createdId })
        {
            return RotationErrors.SecretLost(target, createdId, failure, await TakeBackAsync(target, session, createdId).ConfigureAwait(false));
        }

        return failure is SmoochApiException api && (api.StatusCode == 0 || api.StatusCode >= 500 || api.Kind == SmoochErrorKind.MalformedResponse)
            ? RotationErrors.MayExist(target, failure)
            : RotationErrors.NotCreated(target, failure);
    }

    /// <summary>
    /// Removes a replacement that will not be handed back; null when that worked. Not cancellable: stopping the
    /// pipeline must not leave a replacement behind whose secret nobody has.
    /// </summary>
    private static async Task<Exception?> TakeBackAsync(RotationTarget target, SmoochSession session, string id)
    {
        try
        {
            await target.DeleteAsync(session, id, CancellationToken.None).ConfigureAwait(false);
            return null;
        }
        catch (Exception failure)
        {
            return failure;
        }
    }

    private static bool IsStop(Exception failure, CancellationToken cancellationToken) =>
        failure is OperationCanceledException && cancellationToken.IsCancellationRequested;
}

/// <summary>What one rotation hands to the pipeline: the replacement's output object (null when it ended short) and its errors.</summary>
internal sealed class RotationOutcome(object? model, Replacement? replacement, CheckOutcome? check, IReadOnlyList<ErrorRecord> errors)
{
    public object? Model => model;

    public Replacement? Replacement => replacement;

    public CheckOutcome? Check => check;

    public IReadOnlyList<ErrorRecord> Errors => errors;

    public static RotationOutcome Failed(ErrorRecord error) => new RotationOutcome(null, null, null, new[] { error });
}
