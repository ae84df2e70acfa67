using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Json;

namespace Smooch.Client.Http;

/// <summary>
/// The one request pipeline every family uses: authentication, session-wide rate-limit gate, retries with backoff,
/// per-attempt logging, cancellation, timeouts and error mapping.
/// </summary>
internal sealed class RequestSender : ITokenExchange, IDisposable
{
    internal const string TokenPath = "/service-account-token";

    private readonly RestTransport _transport;
    private readonly SmoochAuthenticator _authenticator;
    private readonly RetryPolicy _retry;
    private readonly TimeSpan _timeout;
    private readonly ISmoochRequestLog? _log;
    private readonly RateLimitGate _gate = new RateLimitGate();
    private readonly SecretRedactor _redactor;

    public RequestSender(RestTransport transport, SmoochAuthenticator authenticator, RetryPolicy retry, TimeSpan timeout, ISmoochRequestLog? log)
    {
        _transport = transport;
        _authenticator = authenticator;
        _retry = retry;
        _timeout = timeout;
        _log = log;
        _redactor = new SecretRedactor(authenticator);
    }

    public SmoochApi Api => _authenticator.Api;

    /// <summary>Time limit of a whole call; null = none (see <see cref="SmoochSessionOptions.TotalTimeout"/>).</summary>
    public TimeSpan? TotalTimeout { get; set; }

    public Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        if (request.Api != Api)
        {
            throw new InvalidOperationException(
                $"This session is connected to the {Api} API; {request.MethodName} {request.Path} belongs to the {request.Api} API. Connect a session for that API first.");
        }
        return SendCoreAsync(request, null, cancellationToken);
    }

    async Task<TokenGrant> ITokenExchange.ExchangeClientCredentialsAsync(string basicAuthorization, CancellationToken cancellationToken)
    {
        var request = new ApiRequest(ApiMethod.Post, TokenPath, SmoochApi.Organization)
        {
            FormBody = "grant_type=client_credentials",
            SafeToRepeat = true, // a second token request only mints another short-lived token
        };
        ApiResponse response = await SendCoreAsync(request, basicAuthorization, cancellationToken).ConfigureAwait(false);
        return TokenResponseReader.Read(response);
    }

    private async Task<ApiResponse> SendCoreAsync(ApiRequest request, string? fixedAuthorization, CancellationToken cancellationToken)
    {
        Timestamp total = Timestamp.Now();
        CallDeadline deadline = CallDeadline.Begin(TotalTimeout);
        int retries = 0;
        bool reauthenticated = false;
        bool earlierAttemptMayHaveReachedServer = false;
        for (int attempt = 1; ; attempt++)
        {
            await WaitForGateAsync(deadline, request, attempt - 1, cancellationToken).ConfigureAwait(false);
            string authorization = fixedAuthorization ?? await _authenticator.GetAuthorizationAsync(this, cancellationToken).ConfigureAwait(false);
            TimeSpan attemptTimeout = deadline.AttemptTimeout(_timeout);
            if (attemptTimeout <= TimeSpan.Zero)
            {
                throw deadline.Expired(request, attempt - 1, "before this attempt could start");
            }
            Timestamp started = Timestamp.Now();
            AttemptResult result = await _transport.SendAsync(request, authorization, attemptTimeout, cancellationToken).ConfigureAwait(false);
            TimeSpan elapsed = started.Elapsed;
            if (cancellationToken.IsCancellationRequested)
            {
                Record(request, null, attempt, elapsed, "cancelled");
                throw new OperationCanceledException(cancellationToken);
            }
            int? loggedStatus = result.StatusCode == 0 ? (int?)null : result.StatusCode;

            if (result.IsSuccess)
            {
                Record(request, loggedStatus, attempt, elapsed, "OK");
                return new ApiResponse(request, result.StatusCode, result.Body, result.RequestId, incomplete: false);
            }
            if (result.Kind == AttemptKind.Uncertain && result.StatusCode >= 200 && result.StatusCode < 300 && !request.SafeToRepeat)
            {
                // The server did the work but the body broke off; hand back what arrived so a created secret can be salvaged.
                Record(request, loggedStatus, attempt, elapsed, "incomplete response body");
                return new ApiResponse(request, result.StatusCode, result.Body, result.RequestId, incomplete: true);
            }
            if (result.Kind == AttemptKind.Response && result.StatusCode == 404 && request.Method == ApiMethod.Delete && earlierAttemptMayHaveReachedServer)
            {
                // An earlier attempt of this DELETE may have succeeded before its response was lost.
                Record(request, loggedStatus, attempt, elapsed, "OK (already deleted by an earlier attempt)");
                return new ApiResponse(request, 204, Array.Empty<byte>(), result.RequestId, incomplete: false);
            }
            if (result.Kind == AttemptKind.Response && result.StatusCode == 401 && fixedAuthorization == null && !reauthenticated
                && _authenticator.Invalidate(authorization))
            {
                reauthenticated = true;
                Record(request, loggedStatus, attempt, elapsed, "retrying with fresh credentials (HTTP 401)");
                continue;
            }

            TimeSpan? delay = _retry.DelayBeforeRetry(request, result, retries + 1);
            if (delay.HasValue && retries < _retry.Options.MaxRetries && total.Elapsed + delay.Value <= _retry.Options.TotalTimeCap && deadline.Allows(delay.Value))
            {
                retries++;
                earlierAttemptMayHaveReachedServer |= result.MayHaveBeenProcessed;
                bool rateLimited = result.Kind == AttemptKind.Response && result.StatusCode == 429;
                if (rateLimited)
                {
                    _gate.PauseFor(delay.Value); // the gate makes every request of the session wait, this one included
                }
                Record(request, loggedStatus, attempt, elapsed,
                    string.Format(CultureInfo.InvariantCulture, "retrying in {0:0.###} s ({1})", delay.Value.TotalSeconds, result.Describe()));
                if (!rateLimited)
                {
                    await Task.Delay(delay.Value, cancellationToken).ConfigureAwait(false);
                }
                continue;
            }

            Record(request, loggedStatus, attempt, elapsed, "failed (" + result.Describe() + ")");
            using (RedactionScope redaction = _redactor.Begin(authorization))
            {
                // An attempt cut short by the call's time limit reports that limit, the one the caller chose.
                TimeSpan reported = attemptTimeout < _timeout && deadline.Total.HasValue ? deadline.Total.Value : _timeout;
                throw ErrorMapper.FromAttempt(request, result, attempt, reported, redaction);
            }
        }
    }

    /// <summary>The session's rate-limit pause, within the call's time limit (a pause that outlasts it is a Timeout error).</summary>
    private async Task WaitForGateAsync(CallDeadline deadline, ApiRequest request, int attemptsMade, CancellationToken cancellationToken)
    {
        using CancellationTokenSource? limited = deadline.Linked(cancellationToken);
        try
        {
            await _gate.WaitAsync(limited?.Token ?? cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw deadline.Expired(request, attemptsMade, "while the session waited for the API's rate limit");
        }
    }

    private void Record(ApiRequest request, int? status, int attempt, TimeSpan elapsed, string outcome)
    {
        if (_log == null)
        {
            return;
        }
        try
        {
            _log.Record(new RequestLogEntry(request.MethodName, request.Path, status, attempt, elapsed, outcome));
        }
        catch (Exception)
        {
            // A failing log sink must never turn a completed request (e.g. a created key and its secret) into an error.
        }
    }

    public void Dispose()
    {
        _transport.Dispose();
    }
}
