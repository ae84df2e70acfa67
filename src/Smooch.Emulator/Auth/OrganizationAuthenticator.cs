using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Errors;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Auth;

/// <summary>Organization routes take only a live bearer token from POST /service-account-token.</summary>
internal static class OrganizationAuthenticator
{
    public static AccessToken Authenticate(HttpContext context, EmulatorStore store)
    {
        string? header = context.Request.Headers.Authorization;
        string? token = string.IsNullOrEmpty(header) ? null : BasicCredentials.BearerToken(header);
        if (string.IsNullOrEmpty(token))
        {
            throw new ApiException(StandardError.Unauthorized);
        }

        AccessToken? live;
        lock (store.Gate)
        {
            live = store.FindLiveToken(token);
        }

        return live ?? throw new ApiException(StandardError.Unauthorized);
    }

    /// <summary>Resolves the path organization (id or label): unknown => 404, another organization's token => 403. Call under the lock.</summary>
    public static Organization AuthorizeOrganization(AccessToken token, EmulatorStore store, string organizationIdOrLabel)
    {
        Organization? organization = store.FindOrganization(organizationIdOrLabel) ?? throw new ApiException(StandardError.NotFound);
        if (organization.Id != token.OrganizationId)
        {
            throw new ApiException(StandardError.Forbidden);
        }

        return organization;
    }
}
