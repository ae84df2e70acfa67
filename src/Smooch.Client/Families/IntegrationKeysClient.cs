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
    /// <summary>Sunshine Conversations v2 custom integration API keys: /v2/apps/{appId}/integrations/{integrationId}/keys.</summary>
    public sealed class IntegrationKeysClient
    {
        private const int MaxDisplayName = 100;
        private readonly RequestSender _sender;

        internal IntegrationKeysClient(RequestSender sender)
        {
            _sender = sender;
        }

        public IAsyncEnumerable<IntegrationKey> ListAsync(string appId, string integrationId, CancellationToken cancellationToken = default)
        {
            var request = new ApiRequest(Method.Get, Keys(appId, integrationId).ToString(), SmoochApi.Sunshine);
            return _sender.StreamSinglePage<V2KeyListEnvelope, IntegrationKey>(request,
                (wire, response) => JsonBody.Require(wire.Keys, response, "keys").Select(key => ToModel(appId, integrationId, key, response)),
                cancellationToken);
        }

        public Task<IntegrationKey> GetAsync(string appId, string integrationId, string keyId, CancellationToken cancellationToken = default)
        {
            var request = new ApiRequest(Method.Get, Keys(appId, integrationId).Id(keyId, nameof(keyId)).ToString(), SmoochApi.Sunshine);
            return _sender.SendAsync<V2KeyEnvelope, IntegrationKey>(request,
                (wire, response) => ToModel(appId, integrationId, JsonBody.Require(wire.Key, response, "key"), response),
                cancellationToken);
        }

        public async Task<CreatedIntegrationKey> CreateAsync(string appId, string integrationId, string displayName, CancellationToken cancellationToken = default)
        {
            var request = new ApiRequest(Method.Post, Keys(appId, integrationId).ToString(), SmoochApi.Sunshine)
                .WithJson(new V2KeyCreateBody { DisplayName = TextArgument.Required(displayName, nameof(displayName), MaxDisplayName) });
            ApiResponse response = await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return CreatedResponse.ReadKey<V2KeyEnvelope, CreatedIntegrationKey>(response, wire => wire.Key?.Fields, "id", "displayName", "secret",
                (keyId, displayName, secret, incomplete) => new CreatedIntegrationKey
                {
                    AppId = appId,
                    IntegrationId = integrationId,
                    KeyId = keyId,
                    DisplayName = displayName,
                    Secret = secret,
                    ResponseIncomplete = incomplete,
                });
        }

        public Task DeleteAsync(string appId, string integrationId, string keyId, CancellationToken cancellationToken = default)
        {
            var request = new ApiRequest(Method.Delete, Keys(appId, integrationId).Id(keyId, nameof(keyId)).ToString(), SmoochApi.Sunshine);
            return _sender.SendIgnoringBodyAsync(request, cancellationToken);
        }

        private static ApiPath Keys(string appId, string integrationId)
        {
            return ApiPath.Root("v2/apps").Id(appId, nameof(appId)).Literal("integrations").Id(integrationId, nameof(integrationId)).Literal("keys");
        }

        private static IntegrationKey ToModel(string appId, string integrationId, V2Key key, ApiResponse response)
        {
            return new IntegrationKey { AppId = appId, IntegrationId = integrationId, KeyId = JsonBody.RequireText(key.Id, response, "id"), DisplayName = key.DisplayName };
        }
    }
}
