using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Families;
using Smooch.Client.Http;
using Smooch.Client.Models;
using Smooch.Client.Validation;

namespace Smooch.Client;

/// <summary>Sunshine Conversations v2 app keys: /v2/apps/{appId}/keys.</summary>
public sealed class AppKeysClient
{
    private readonly RequestSender _sender;

    internal AppKeysClient(RequestSender sender)
    {
        _sender = sender;
    }

    /// <summary>Streams an app's keys (never their secrets); the request is sent on the first MoveNextAsync.</summary>
    public IAsyncEnumerable<AppKey> ListAsync(string appId, CancellationToken cancellationToken = default)
    {
        return V2KeyRoutes.ListAsync(_sender, Keys(appId), (keyId, displayName) => new AppKey { AppId = appId, KeyId = keyId, DisplayName = displayName }, cancellationToken);
    }

    /// <summary>Gets one key of an app (never its secret).</summary>
    public Task<AppKey> GetAsync(string appId, string keyId, CancellationToken cancellationToken = default)
    {
        return V2KeyRoutes.GetAsync(_sender, Keys(appId), keyId, (id, displayName) => new AppKey { AppId = appId, KeyId = id, DisplayName = displayName }, cancellationToken);
    }

    /// <summary>Creates an app key; the result is the only time its secret is available.</summary>
    public async Task<CreatedAppKey> CreateAsync(string appId, string displayName, CancellationToken cancellationToken = default)
    {
        // async so that a bad id, like a bad display name, faults the task rather than throwing on the call
        return await V2KeyRoutes.CreateAsync(_sender, Keys(appId), "app key", displayName,
            (keyId, createdName, secret, incomplete) => new CreatedAppKey
            {
                AppId = appId,
                KeyId = keyId,
                DisplayName = createdName,
                Secret = secret,
                ResponseIncomplete = incomplete,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a key of an app.</summary>
    public Task DeleteAsync(string appId, string keyId, CancellationToken cancellationToken = default)
    {
        return V2KeyRoutes.DeleteAsync(_sender, Keys(appId), keyId, cancellationToken);
    }

    private static ApiPath Keys(string appId)
    {
        return ApiPath.Root("v2/apps").Id(appId, nameof(appId)).Literal("keys");
    }
}
