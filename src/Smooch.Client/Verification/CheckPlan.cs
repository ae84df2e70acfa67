using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Authentication;

namespace Smooch.Client.Verification;

/// <summary>
/// For the credential a session holds: its kind and the cheapest read-only request that kind may make
/// (docs/contract/README.md, "Authentication"), or why no such request exists.
/// </summary>
internal sealed class CheckPlan
{
    private const string ListOneApp = "GET /v2/apps?page[size]=1";
    private const string TokenExchange = "POST /service-account-token";

    private CheckPlan(string kind, string? request, Func<CancellationToken, Task>? probe, string? notCheckable)
    {
        Kind = kind;
        Request = request;
        Probe = probe;
        NotCheckable = notCheckable;
    }

    public string Kind { get; }

    /// <summary>The request the probe sends, for messages ("GET /v2/apps?page[size]=1").</summary>
    public string? Request { get; }

    /// <summary>Sends the request; completes when the API answered 2xx, else throws <see cref="SmoochApiException"/>.</summary>
    public Func<CancellationToken, Task>? Probe { get; }

    /// <summary>Why this kind cannot be checked, when <see cref="Probe"/> is null.</summary>
    public string? NotCheckable { get; }

    public static CheckPlan For(SmoochSession session, string? appId)
    {
        SmoochAuthenticator authenticator = session.Authenticator;
        if (authenticator is ClientCredentialsAuthenticator credentials)
        {
            // The exchange itself authenticates the credential, and needs no organization id (every other route does).
            return new CheckPlan(CredentialKind.OrganizationCredential, TokenExchange,
                token => credentials.RenewTokenAsync(session.TokenExchange, token), null);
        }
        if (authenticator.KeyId == null)
        {
            return NotChecked(CredentialKind.BearerToken, session.Api == SmoochApi.Organization
                ? "An organization access token may call only its own organization's paths, and the session does not know the organization, so no request is sure to be allowed; it was not checked."
                : "A bearer token's scope (account, app or integration) is not known to the session, so no request is sure to be allowed; it was not checked.");
        }
        string keyId = authenticator.KeyId;
        if (keyId.StartsWith("act_", StringComparison.Ordinal) || keyId.StartsWith("svc_", StringComparison.Ordinal))
        {
            string kind = keyId[0] == 'a' ? CredentialKind.AccountKey : CredentialKind.ServiceAccountKey;
            return new CheckPlan(kind, ListOneApp, token => ReadFirstAsync(session.Apps.ListAsync(1, token)), null);
        }
        if (keyId.StartsWith("app_", StringComparison.Ordinal))
        {
            if (appId == null)
            {
                return NotChecked(CredentialKind.AppKey,
                    "An app key (app_) may read only its own app's integrations, and which app it belongs to was not given; pass the app id to check it. It was not checked.");
            }
            return new CheckPlan(CredentialKind.AppKey, "GET /v2/apps/" + appId + "/integrations?page[size]=1",
                token => ReadFirstAsync(session.Apps.ListIntegrationsAsync(appId, 1, token)), null);
        }
        if (keyId.StartsWith("int_", StringComparison.Ordinal))
        {
            return NotChecked(CredentialKind.IntegrationKey,
                "An integration key (int_) may call none of the Sunshine credential routes, so no read-only request can check it; it was not checked.");
        }
        return NotChecked(CredentialKind.UnknownKey,
            "The key id has none of the prefixes act_, svc_, app_, int_, so what the key may call is unknown; it was not checked.");
    }

    private static CheckPlan NotChecked(string kind, string reason)
    {
        return new CheckPlan(kind, null, null, reason);
    }

    /// <summary>One page of one item: the stream sends its first request on the first MoveNextAsync and no other.</summary>
    private static async Task ReadFirstAsync<T>(IAsyncEnumerable<T> items)
    {
        IAsyncEnumerator<T> enumerator = items.GetAsyncEnumerator();
        try
        {
            await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
