using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Families;
using Smooch.Client.Http;
using Smooch.Client.Models;
using Smooch.Client.Validation;

namespace Smooch.Client;

/// <summary>Sunshine Conversations v2 custom integration API keys: /v2/apps/{appId}/integrations/{integrationId}/keys.</summary>
public sealed class IntegrationKeysClient
{
    private readonly RequestSender _sender;

    internal IntegrationKeysClient(RequestSender sender)
    {
        _sender = sender;
    }

    /// <summary>Streams a custom integration's keys (never their secrets); the request is sent on the first MoveNextAsync.</summary>
    public IAsyncEnumerable<IntegrationKey> ListAsync(string appId, string integrationId, CancellationToken cancellationToken = default)
    {
        return V2KeyRoutes.ListAsync(_sender, Keys(appId, integrationId),
            (keyId, displayName) => new IntegrationKey { AppId = appId, IntegrationId = integrationId, KeyId = keyId, DisplayName = displayName },
            cancellationToken);
    }

    /// <summary>Gets one key of a custom integration (never its secret).</summary>
    public Task<IntegrationKey> GetAsync(string appId, string integrationId, string keyId, CancellationToken cancellationToken = default)
    {
        return V2KeyRoutes.GetAsync(_sender, Keys(appId, integrationId), keyId,
            (id, displayName) => new IntegrationKey { AppId = appId, IntegrationId = integrationId, KeyId = id, DisplayName = displayName },
            cancellationToken);
    }

    /// <summary>Creates an integration key; the result is the only time its secret is available.</summary>
    public async Task<CreatedIntegrationKey> CreateAsync(string appId, string integrationId, string displayName, CancellationToken cancellationToken = default)
    {
        // async so that a bad id, like a bad display name, faults the task rather than throwing on the call
        return await V2KeyRoutes.CreateAsync(_sender, Keys(appId, integrationId), "integration key", displayName,
            (keyId, createdName, secret, incomplete) => new CreatedIntegrationKey
            {
                AppId = appId,
                IntegrationId = integrationId,
                KeyId = keyId,
                DisplayName = createdName,
                Secret = secret,
                ResponseIncomplete = incomplete,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a key of a custom integration.</summary>
    public Task DeleteAsync(string appId, string integrationId, string keyId, CancellationToken cancellationToken = default)
    {
        return V2KeyRoutes.DeleteAsync(_sender, Keys(appId, integrationId), keyId, cancellationToken);
    }

    private static ApiPath Keys(string appId, string integrationId)
    {
        return ApiPath.Root("v2/apps").Id(appId, nameof(appId)).Literal("integrations").Id(integrationId, nameof(integrationId)).Literal("keys");
    }
}
