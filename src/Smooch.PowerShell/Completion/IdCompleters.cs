using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Smooch.Client;
using Smooch.Client.Models;

namespace Smooch.PowerShell.Completion;

/// <summary>Completes -AppId with the apps of the Sunshine session.</summary>
public sealed class AppIdCompleter : SmoochCompleter
{
    internal override IReadOnlyList<CompletionCandidate> Candidates(SmoochSession session, CompletionContext context) =>
        Cached(session, "apps", ct => session.Apps.ListAsync(null, ct), (App a) => new CompletionCandidate(a.AppId, a.DisplayName));
}

/// <summary>
/// Completes -IntegrationId with the integrations of the typed -AppId: every type for Get-SmoochIntegration, the
/// custom ones (those that can have keys) for the key cmdlets.
/// </summary>
public sealed class IntegrationIdCompleter : SmoochCompleter
{
    internal override IReadOnlyList<CompletionCandidate> Candidates(SmoochSession session, CompletionContext context)
    {
        string? appId = context.Value("AppId");
        bool anyType = context.CommandName.EndsWith("-SmoochIntegration", StringComparison.OrdinalIgnoreCase);
        return appId is null
            ? Array.Empty<CompletionCandidate>()
            : Cached(session, (anyType ? "integrations-all/" : "integrations/") + appId, ct => session.Apps.ListIntegrationsAsync(appId, null, ct),
                (Integration i) => anyType || string.Equals(i.Type, IntegrationTypes.Custom, StringComparison.OrdinalIgnoreCase) ? new CompletionCandidate(i.IntegrationId, i.DisplayName) : null);
    }
}

/// <summary>Completes -ServiceAccountId: v1.1 service accounts, or those of the typed -OrganizationId on organization cmdlets.</summary>
public sealed class ServiceAccountIdCompleter : SmoochCompleter
{
    internal override IReadOnlyList<CompletionCandidate> Candidates(SmoochSession session, CompletionContext context)
    {
        if (context.Api != SmoochApi.Organization)
        {
            return Cached(session, "serviceaccounts", ct => session.ServiceAccounts.ListAsync(null, ct), (ServiceAccount s) => new CompletionCandidate(s.ServiceAccountId, s.Name));
        }

        string? organizationId = context.Value("OrganizationId");
        return organizationId is null
            ? Array.Empty<CompletionCandidate>()
            : Cached(session, "organizations/" + organizationId, ct => session.Organization.ListServiceAccountsAsync(organizationId, false, null, ct),
                (OrganizationServiceAccount s) => new CompletionCandidate(s.ServiceAccountId, s.Name));
    }
}

/// <summary>Completes -KeyId with the keys of the typed parent: app, integration or service account, by command.</summary>
public sealed class KeyIdCompleter : SmoochCompleter
{
    internal override IReadOnlyList<CompletionCandidate> Candidates(SmoochSession session, CompletionContext context)
    {
        string? appId = context.Value("AppId");
        string? integrationId = context.Value("IntegrationId");
        string? serviceAccountId = context.Value("ServiceAccountId");
        if (context.CommandName.EndsWith("IntegrationKey", StringComparison.OrdinalIgnoreCase))
        {
            return appId is null || integrationId is null
                ? Array.Empty<CompletionCandidate>()
                : Cached(session, $"integrationkeys/{appId}/{integrationId}", ct => session.IntegrationKeys.ListAsync(appId, integrationId, ct), (IntegrationKey k) => new CompletionCandidate(k.KeyId, k.DisplayName));
        }

        if (context.CommandName.EndsWith("AppKey", StringComparison.OrdinalIgnoreCase))
        {
            return appId is null
                ? Array.Empty<CompletionCandidate>()
                : Cached(session, "appkeys/" + appId, ct => session.AppKeys.ListAsync(appId, ct), (AppKey k) => new CompletionCandidate(k.KeyId, k.DisplayName));
        }

        return serviceAccountId is null
            ? Array.Empty<CompletionCandidate>()
            : Cached(session, "serviceaccountkeys/" + serviceAccountId, ct => session.ServiceAccounts.ListKeysAsync(serviceAccountId, ct), (ServiceAccountKey k) => new CompletionCandidate(k.KeyId, k.Name));
    }
}

/// <summary>Completes -CredentialId with the credentials of the typed organization service account.</summary>
public sealed class CredentialIdCompleter : SmoochCompleter
{
    internal override IReadOnlyList<CompletionCandidate> Candidates(SmoochSession session, CompletionContext context)
    {
        string? organizationId = context.Value("OrganizationId");
        string? serviceAccountId = context.Value("ServiceAccountId");
        return organizationId is null || serviceAccountId is null
            ? Array.Empty<CompletionCandidate>()
            : Cached(session, $"credentials/{organizationId}/{serviceAccountId}", ct => session.Organization.ListCredentialsAsync(organizationId, serviceAccountId, false, null, ct),
                (OrganizationCredential c) => new CompletionCandidate(c.CredentialId, c.Name));
    }
}

/// <summary>
/// Completes -OrganizationId with the organizations used in this process so far: the organization API has no
/// call that lists organizations, so this never sends a request.
/// </summary>
public sealed class OrganizationIdCompleter : SmoochCompleter
{
    private static readonly ConcurrentDictionary<string, byte> s_seen = new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);

    internal static void Remember(string organizationId)
    {
        if (!string.IsNullOrWhiteSpace(organizationId))
        {
            s_seen.TryAdd(organizationId, 0);
        }
    }

    internal override IReadOnlyList<CompletionCandidate> Candidates(SmoochSession session, CompletionContext context) =>
        s_seen.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).Select(k => new CompletionCandidate(k, null)).ToList();
}
