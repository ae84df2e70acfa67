using System;
using System.Globalization;
using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Rotation;

/// <summary>
/// The errors of a rotation, one per way it can end short. Each says what happened to the old credential and to the
/// replacement, and what to run next; the target is the old credential's id. Never a secret: the client's messages
/// are already cleared of them.
/// </summary>
internal static class RotationErrors
{
    /// <summary>The API refused the create: nothing was made.</summary>
    public static ErrorRecord NotCreated(RotationTarget target, Exception failure) => Record(
        "ReplacementNotCreated",
        $"Could not create the replacement of {target.Description}: {Reason(failure)} The old {target.Noun} {target.OldId} is untouched.",
        CategoryOf(failure, ErrorCategory.InvalidOperation),
        target,
        failure,
        null);

    /// <summary>The create was sent but its answer was lost or damaged: a replacement may exist, and it is never sent again.</summary>
    public static ErrorRecord MayExist(RotationTarget target, Exception failure) => Record(
        "ReplacementMayExist",
        $"Creating the replacement of {target.Description} got no usable answer: {Reason(failure)} The request may have reached the API, so a replacement named '{target.Name}' may exist; " +
        $"it was not sent again. The old {target.Noun} {target.OldId} is untouched.",
        CategoryOf(failure, ErrorCategory.ConnectionError),
        target,
        failure,
        $"List them with {target.FindCommand}; remove a replacement you do not want with {target.RemoveCommand("<id>")}, then rotate again.");

    /// <summary>The replacement was created, but its secret could not be read from the damaged answer; it was taken back, or could not be.</summary>
    public static ErrorRecord SecretLost(RotationTarget target, string createdId, Exception failure, Exception? takeBackFailure) => Record(
        "ReplacementSecretLost",
        $"The replacement {createdId} of {target.Description} was created, but the API's answer was damaged and its secret could not be read: {Reason(failure)} " +
        TakenBack(target, createdId, takeBackFailure) + $" The old {target.Noun} {target.OldId} is untouched.",
        ErrorCategory.InvalidResult,
        target,
        failure,
        takeBackFailure is null ? "Rotate again." : $"Run {target.RemoveCommand(createdId)}, then rotate again.");

    /// <summary>The replacement never authenticated in time: it was taken back (or could not be); the old credential is untouched.</summary>
    public static ErrorRecord NotVerified(RotationTarget target, Replacement replacement, CheckOutcome check, TimeSpan timeout, Exception? takeBackFailure) => Record(
        "ReplacementNotVerified",
        $"The replacement {replacement.Id} of {target.Description} did not authenticate within {Seconds(timeout)} ({check.Checks} check{(check.Checks == 1 ? string.Empty : "s")}; the last one: {check.Message}). " +
        TakenBack(target, replacement.Id, takeBackFailure) + $" The old {target.Noun} {target.OldId} is untouched and still works.",
        ErrorCategory.AuthenticationError,
        target,
        takeBackFailure,
        takeBackFailure is null
            ? "Rotate again later, or with a longer -VerifyTimeoutSec if new credentials take longer to start working."
            : $"Run {target.RemoveCommand(replacement.Id)}, then rotate again.");

    /// <summary>The replacement works and is emitted, but the old credential could not be removed.</summary>
    public static ErrorRecord OldNotRemoved(RotationTarget target, Replacement replacement, Exception failure) => Record(
        "OldCredentialNotRemoved",
        $"The replacement {replacement.Id} of {target.Description} was created and is in the output, but removing the old {target.Noun} {target.OldId} failed: {Reason(failure)}",
        CategoryOf(failure, ErrorCategory.InvalidOperation),
        target,
        failure,
        $"Store the replacement's secret, then run {target.RemoveCommand(target.OldId)}.");

    /// <summary>The session authenticates with the credential to rotate: removing it would cut the session off mid-way.</summary>
    public static ErrorRecord SessionCredential(RotationTarget target) => Record(
        "RotatingSessionCredential",
        $"The {target.Noun} {target.OldId} ('{target.Name}') is the credential this session authenticates with ({target.AuthenticatesAs}); removing it would cut the session off. Nothing was sent.",
        ErrorCategory.InvalidOperation,
        target,
        null,
        "Rotate it from a session connected with another credential, or rotate it with -KeepOld, connect with the replacement, and remove the old one from that session.");

    private static string TakenBack(RotationTarget target, string id, Exception? takeBackFailure) => takeBackFailure is null
        ? $"It was removed again, so no unused {target.Noun} is left behind."
        : $"Removing it again failed too ({Reason(takeBackFailure)}), so it is left behind unused.";

    private static ErrorRecord Record(string errorId, string message, ErrorCategory category, RotationTarget target, Exception? inner, string? advice)
    {
        var record = new ErrorRecord(new RotationException(message, inner), errorId, category, target.OldId)
        {
            ErrorDetails = new ErrorDetails(message),
        };
        if (advice is not null)
        {
            record.ErrorDetails.RecommendedAction = advice;
        }

        return record;
    }

    private static ErrorCategory CategoryOf(Exception failure, ErrorCategory fallback) =>
        failure is SmoochApiException api ? ErrorRecords.CategoryOf(api) : failure is ArgumentException ? ErrorCategory.InvalidArgument : fallback;

    private static string Reason(Exception failure) => failure is ArgumentException argument
        ? ErrorRecords.ParameterMessage(argument)
        : failure.Message.TrimEnd('.') + ".";

    private static string Seconds(TimeSpan timeout) => string.Format(CultureInfo.InvariantCulture, "{0:0.#} s", timeout.TotalSeconds);
}

/// <summary>A rotation that ended short; the message says what became of the old credential and of its replacement.</summary>
internal sealed class RotationException(string message, Exception? inner) : InvalidOperationException(message, inner);
