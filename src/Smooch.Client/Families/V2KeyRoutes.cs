using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Families.Wire;
using Smooch.Client.Http;
using Smooch.Client.Json;
using Smooch.Client.Validation;

namespace Smooch.Client.Families;

/// <summary>
/// The list/get/create/delete calls shared by every v2 key collection (app keys, integration keys): the same wire
/// shapes under a different parent path.
/// </summary>
internal static class V2KeyRoutes
{
    public static IAsyncEnumerable<TModel> ListAsync<TModel>(RequestSender sender, ApiPath keys, Func<string, string?, TModel> toModel, CancellationToken cancellationToken)
    {
        var request = new ApiRequest(ApiMethod.Get, keys.ToString(), SmoochApi.Sunshine);
        return sender.StreamSinglePage<KeyList<V2Key>, TModel>(request,
            (wire, response) => JsonBody.Require(wire.Keys, response, "keys").Select(key => ToModel(key, response, toModel)),
            cancellationToken);
    }

    public static Task<TModel> GetAsync<TModel>(RequestSender sender, ApiPath keys, string keyId, Func<string, string?, TModel> toModel, CancellationToken cancellationToken)
    {
        var request = new ApiRequest(ApiMethod.Get, keys.Id(keyId, nameof(keyId)).ToString(), SmoochApi.Sunshine);
        return sender.SendAsync<KeyEnvelope<V2Key>, TModel>(request,
            (wire, response) => ToModel(JsonBody.Require(wire.Key, response, "key"), response, toModel),
            cancellationToken);
    }

    public static async Task<TCreated> CreateAsync<TCreated>(
        RequestSender sender,
        ApiPath keys,
        string kind,
        string displayName,
        Func<string, string?, SecureString, bool, TCreated> build,
        CancellationToken cancellationToken)
        where TCreated : class
    {
        var request = new ApiRequest(ApiMethod.Post, keys.ToString(), SmoochApi.Sunshine)
            .Creates(kind, "id")
            .WithJson(new V2KeyCreateBody { DisplayName = TextArgument.Required(displayName, nameof(displayName), TextLimits.SunshineName) });
        ApiResponse response = await sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return CreatedResponse.ReadKey<KeyEnvelope<V2CreatedKey>, TCreated>(response, wire => wire.Key?.Fields, "id", "displayName", "secret", build);
    }

    public static Task DeleteAsync(RequestSender sender, ApiPath keys, string keyId, CancellationToken cancellationToken)
    {
        var request = new ApiRequest(ApiMethod.Delete, keys.Id(keyId, nameof(keyId)).ToString(), SmoochApi.Sunshine);
        return sender.SendIgnoringBodyAsync(request, cancellationToken);
    }

    private static TModel ToModel<TModel>(V2Key key, ApiResponse response, Func<string, string?, TModel> toModel)
    {
        return toModel(JsonBody.RequireText(key.Id, response, "id"), key.DisplayName);
    }
}
