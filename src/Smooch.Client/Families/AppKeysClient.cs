using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RestSharp;
using Smooch.Client.Families.Wire;
using Smooch.Client.Http;
using Smooch.Client.Json;
using Smooch.Client.Models;
using Smooch.Client.Validation;

namespace Smooch.Client
{
    /// <summary>Sunshine Conversations v2 app keys: /v2/apps/{appId}/keys.</summary>
    public sealed class AppKeysClient
    {
        private const int MaxDisplayName = 100;
        private readonly RequestSender _sender;

        internal AppKeysClient(RequestSender sender)
        {
            _sender = sender;
        }

        public IAsyncEnumerable<AppKey> ListAsync(string appId, CancellationToken cancellationToken = default)
        {
            var request = new ApiRequest(Method.Get, Keys(appId).ToString(), SmoochApi.Sunshine);
            return _sender.StreamSinglePage<V2KeyListEnvelope, AppKey>(request,
                (wire, response) => JsonBody.Require(wire.Keys, response, "keys").Select(key => ToModel(appId, key, response)),
                cancellationToken);
        }

        public Task<AppKey> GetAsync(string appId, string keyId, CancellationToken cancellationToken = default)
        {
            var request = new ApiRequest(Method.Get, Keys(appId).Id(keyId, nameof(keyId)).ToString(), SmoochApi.Sunshine);
            return _sender.SendAsync<V2KeyEnvelope, AppKey>(request,
                (wire, response) => ToModel(appId, JsonBody.Require(wire.Key, response, "key"), response),
                cancellationToken);
        }

        public async Task<CreatedAppKey> CreateAsync(string appId, string displayName, CancellationToken cancellationToken = default)
        {
            var request = new ApiRequest(Method.Post, Keys(appId).ToString(), SmoochApi.Sunshine)
                .WithJson(new V2KeyCreateBody { DisplayName = TextArgument.Required(displayName, nameof(displayName), MaxDisplayName) });
            ApiResponse response = await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return CreatedResponse.ReadKey<V2KeyEnvelope, CreatedAppKey>(response, wire => wire.Key?.Fields, "id", "displayName", "secret",
                (keyId, displayName, secret, incomplete) => new CreatedAppKey
                {
                    AppId = appId,
                    KeyId = keyId,
                    DisplayName = displayName,
                    Secret = secret,
                    ResponseIncomplete = incomplete,
                });
        }

        public Task DeleteAsync(string appId, string keyId, CancellationToken cancellationToken = default)
        {
            var request = new ApiRequest(Method.Delete, Keys(appId).Id(keyId, nameof(keyId)).ToString(), SmoochApi.Sunshine);
            return _sender.SendIgnoringBodyAsync(request, cancellationToken);
        }

        private static ApiPath Keys(string appId)
        {
            return ApiPath.Root("v2/apps").Id(appId, nameof(appId)).Literal("keys");
        }

        private static AppKey ToModel(string appId, V2Key key, ApiResponse response)
        {
            return new AppKey { AppId = appId, KeyId = JsonBody.RequireText(key.Id, response, "id"), DisplayName = key.DisplayName };
        }
    }
}
