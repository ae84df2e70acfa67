using System;
using System.Diagnostics;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.Client.Authentication;
using Smooch.Client.Verification;

namespace Smooch.PowerShell.Rotation;

/// <summary>
/// Does a new credential authenticate? Opens a session of its own for it (the caller's base address and options,
/// the new id and secret) and runs the credential check (Test-SmoochConnection's) until the API accepts it or
/// the time is up: a new credential may take a moment to reach every server of the API.
/// </summary>
internal static class ReplacementCheck
{
    private static readonly TimeSpan s_firstPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan s_longestPause = TimeSpan.FromSeconds(5);

    /// <summary>Checks until authenticated or <paramref name="timeout"/> has passed; zero = one check.</summary>
    public static async Task<CheckOutcome> RunAsync(SmoochSession caller, Replacement replacement, string? appId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var session = new SmoochSession(OptionsFor(caller, replacement.AuthenticatesAs, replacement.Secret));
        Stopwatch elapsed = Stopwatch.StartNew();
        TimeSpan pause = s_firstPause;
        string last;
        int checks = 0;
        while (true)
        {
            checks++;
            try
            {
                CredentialCheckResult result = await CredentialCheck.RunAsync(session, appId, cancellationToken).ConfigureAwait(false);
                if (!result.Checked)
                {
                    return CheckOutcome.NotVerifiable(result.Message);
                }

                if (result.Authenticated == true)
                {
                    return CheckOutcome.Authenticated(checks, elapsed.Elapsed);
                }

                last = result.Message;
            }
            catch (SmoochApiException failure)
            {
                last = failure.Message;
            }

            TimeSpan left = timeout - elapsed.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return CheckOutcome.Failed(checks, elapsed.Elapsed, last);
            }

            await Task.Delay(pause < left ? pause : left, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, s_longestPause.Ticks));
        }
    }

    private static SmoochSessionOptions OptionsFor(SmoochSession caller, string id, SecureString secret) =>
        caller.Options.WithAuthenticator(caller.Api == SmoochApi.Organization
            ? new ClientCredentialsAuthenticator(id, secret)
            : new BasicKeyAuthenticator(id, secret));
}

/// <summary>How the check of a replacement ended.</summary>
internal sealed class CheckOutcome
{
    public const string AuthenticatedText = "Authenticated";
    public const string NotVerifiableText = "NotVerifiable";

    private CheckOutcome(string verification, bool passed, int checks, TimeSpan took, string message)
    {
        Verification = verification;
        Passed = passed;
        Checks = checks;
        Took = took;
        Message = message;
    }

    /// <summary>The output's Verification: "Authenticated" or "NotVerifiable"; empty when the check failed.</summary>
    public string Verification { get; }

    /// <summary>True when the rotation may go on: authenticated, or a kind that cannot be checked.</summary>
    public bool Passed { get; }

    public int Checks { get; }

    public TimeSpan Took { get; }

    /// <summary>The last check's message (never a secret).</summary>
    public string Message { get; }

    public static CheckOutcome Authenticated(int checks, TimeSpan took) => new CheckOutcome(AuthenticatedText, true, checks, took, string.Empty);

    public static CheckOutcome NotVerifiable(string why) => new CheckOutcome(NotVerifiableText, true, 0, TimeSpan.Zero, why);

    public static CheckOutcome Failed(int checks, TimeSpan took, string last) => new CheckOutcome(string.Empty, false, checks, took, last);
}
