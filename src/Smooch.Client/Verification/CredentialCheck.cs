using System;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Validation;

namespace Smooch.Client.Verification;

/// <summary>
/// Checks that a session's credential authenticates, with the cheapest read-only request its kind may make: one
/// page of one app for act_/svc_ keys, one page of one integration of its own app for app_ keys (given the app id),
/// a fresh token exchange for an organization credential. int_ keys, bare bearer tokens, unknown key prefixes and
/// app keys without their app id are not checked (<see cref="CredentialCheckResult.Checked"/> false, with the reason).
/// </summary>
/// <remarks>
/// 401 is a result (<c>Authenticated = false</c>), and so is 403 (<c>Authenticated = true</c>: the API knew the
/// credential and refused the request; the contract checks authentication before the key type). Any other failure
/// (no connection, timeout, 5xx or 429 after the session's retries, another status, a redirect) says nothing about
/// the credential and is thrown as <see cref="SmoochApiException"/>, like the failure of any other call.
/// </remarks>
public static class CredentialCheck
{
    /// <summary>Checks the session's credential; app keys (app_) need their app id (see the other overload).</summary>
    public static Task<CredentialCheckResult> RunAsync(SmoochSession session, CancellationToken cancellationToken = default)
    {
        return RunAsync(session, null, cancellationToken);
    }

    /// <param name="session">The session whose credential to check.</param>
    /// <param name="appId">The app an app key (app_) belongs to; null when unknown. Used for app keys only: the one read they may make is their own app's.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<CredentialCheckResult> RunAsync(SmoochSession session, string? appId, CancellationToken cancellationToken = default)
    {
        if (session == null)
        {
            throw new ArgumentNullException(nameof(session));
        }
        if (appId != null)
        {
            IdValidator.Validate(appId, nameof(appId));
        }
        CheckPlan plan = CheckPlan.For(session, appId);
        var outcome = new Outcome(session, plan.Kind);
        if (plan.Probe == null)
        {
            return outcome.NotChecked(plan.NotCheckable!);
        }
        try
        {
            await plan.Probe(cancellationToken).ConfigureAwait(false);
        }
        catch (SmoochApiException e) when (e.StatusCode == 401)
        {
            return outcome.Checked(false, 401, e.ErrorCode,
                $"{outcome.Who} was refused: {plan.Request} answered 401{Detail(e)}.");
        }
        catch (SmoochApiException e) when (e.StatusCode == 403)
        {
            return outcome.Checked(true, 403, e.ErrorCode,
                $"{outcome.Who} authenticated, but may not make {plan.Request}: it answered 403{Detail(e)}.");
        }
        // The probes' requests are documented to answer 200 (vendor OpenAPI for the v2 lists, RFC 6749 5.1 for the token).
        return outcome.Checked(true, 200, null, $"{outcome.Who} authenticated: {plan.Request} answered 200.");
    }

    private static string Detail(SmoochApiException e)
    {
        if (e.ErrorCode == null)
        {
            return string.Empty;
        }
        return e.ErrorTitle == null ? $" ({e.ErrorCode})" : $" ({e.ErrorCode}: {e.ErrorTitle})";
    }

    /// <summary>The fields every result of one session shares.</summary>
    private sealed class Outcome
    {
        private readonly SmoochApi _api;
        private readonly string? _keyId;
        private readonly string? _clientId;
        private readonly string _kind;

        public Outcome(SmoochSession session, string kind)
        {
            _api = session.Api;
            _keyId = session.Api == SmoochApi.Sunshine ? session.KeyId : null;
            _clientId = session.Api == SmoochApi.Organization ? session.KeyId : null;
            _kind = kind;
            string? id = _keyId ?? _clientId;
            Who = id == null ? kind : $"{kind} {id}";
        }

        /// <summary>"AppKey app_…" for messages.</summary>
        public string Who { get; }

        public CredentialCheckResult NotChecked(string reason)
        {
            return new CredentialCheckResult(_api, _keyId, _clientId, _kind, false, null, null, null, reason);
        }

        public CredentialCheckResult Checked(bool authenticated, int status, string? errorId, string message)
        {
            return new CredentialCheckResult(_api, _keyId, _clientId, _kind, true, authenticated, status, errorId, message);
        }
    }
}
