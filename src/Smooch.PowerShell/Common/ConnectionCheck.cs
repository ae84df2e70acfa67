using System.Management.Automation;
using Smooch.Client;
using Smooch.Client.Verification;

namespace Smooch.PowerShell.Common;

/// <summary>
/// The credential check of Test-SmoochConnection and Connect-Smooch -Validate: runs <see cref="CredentialCheck"/> on
/// the pipeline thread (its request in Verbose when wanted) and says whether a connection may rely on the outcome.
/// </summary>
internal static class ConnectionCheck
{
    public static CredentialCheckResult Run(CallRunner calls, SmoochSession session, string? appId, System.Action<string> writeVerbose)
    {
        writeVerbose($"Checking the credential of the {SessionResolver.Describe(session.Api)} session at {session.BaseAddress} ({session.AuthMode}{(session.KeyId is null ? string.Empty : ", " + session.KeyId)}).");
        CredentialCheckResult result = calls.Run(token => CredentialCheck.RunAsync(session, appId, token));
        writeVerbose(result.Message);
        return result;
    }

    /// <summary>Why a connection must not rely on <paramref name="result"/>, as the terminating error of -Validate; null when it may.</summary>
    public static ErrorRecord? Refusal(CredentialCheckResult result)
    {
        if (result.Authenticated == true)
        {
            return null;
        }

        object target = result.KeyId ?? result.ClientId ?? (object)result.Kind;
        if (!result.Checked)
        {
            return ErrorRecords.Usage(
                $"Connect-Smooch -Validate could not validate this credential: {result.Message} Connect without -Validate to use it unchecked.",
                "CredentialNotChecked", ErrorCategory.InvalidOperation, target);
        }

        var record = new ErrorRecord(
            new System.UnauthorizedAccessException($"Connect-Smooch -Validate: the API refused the credential, so no session was connected. {result.Message}"),
            result.ErrorId ?? "CredentialRefused", ErrorCategory.AuthenticationError, target);
        record.ErrorDetails = new ErrorDetails(record.Exception.Message)
        {
            RecommendedAction = "Check the key id or client id and its secret; a deleted key or credential is refused too.",
        };
        return record;
    }
}
