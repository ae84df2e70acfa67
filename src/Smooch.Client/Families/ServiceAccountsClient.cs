using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Families.Wire;
using Smooch.Client.Http;
using Smooch.Client.Json;
using Smooch.Client.Models;
using Smooch.Client.Paging;
using Smooch.Client.Validation;

namespace Smooch.Client;

/// <summary>Sunshine Conversations v1.1 service accounts, their secret keys and server-issued JWTs.</summary>
public sealed class ServiceAccountsClient
{
    /// <summary>Page size used when the caller does not choose one (the largest the API is expected to accept).</summary>
    public const int DefaultPageSize = 100;

    private readonly RequestSender _sender;

    internal ServiceAccountsClient(RequestSender sender)
    {
        _sender = sender;
    }

    /// <summary>Streams every service account, one page (limit/offset) at a time, fetching the next page only when needed.</summary>
    public IAsyncEnumerable<ServiceAccount> ListAsync(int? pageSize = null, CancellationToken cancellationToken = default)
    {
        int limit = TextArgument.PageSize(pageSize, nameof(pageSize), 100) ?? DefaultPageSize;
        string path = Accounts().ToString();
        return PageStream.EnumerateAsync<ServiceAccount>(path, async (position, token) =>
        {
            int offset = position == null ? 0 : int.Parse(position, CultureInfo.InvariantCulture);
            var request = new ApiRequest(ApiMethod.Get, path, SmoochApi.Sunshine)
                .WithQuery("limit", limit.ToString(CultureInfo.InvariantCulture))
                .WithQuery("offset", offset.ToString(CultureInfo.InvariantCulture));
            ApiResponse response = await _sender.SendAsync(request, token).ConfigureAwait(false);
            V11ServiceAccountList wire = JsonBody.Read<V11ServiceAccountList>(response);
            List<ServiceAccount> items = JsonBody.Require(wire.ServiceAccounts, response, "serviceAccounts").Select(item => ToModel(item, response)).ToList();
            int next = (wire.Offset ?? offset) + items.Count;
            return new Page<ServiceAccount>(items, wire.HasMore == true ? next.ToString(CultureInfo.InvariantCulture) : null);
        }, cancellationToken);
    }

    /// <summary>Gets one service account.</summary>
    public Task<ServiceAccount> GetAsync(string serviceAccountId, CancellationToken cancellationToken = default)
    {
        return SendAccountAsync(new ApiRequest(ApiMethod.Get, Account(serviceAccountId).ToString(), SmoochApi.Sunshine), cancellationToken);
    }

    /// <summary>Creates a service account; never sent twice, even when its response is lost.</summary>
    public Task<ServiceAccount> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Post, Accounts().ToString(), SmoochApi.Sunshine)
            .Creates("service account", "_id")
            .WithJson(new V11NameBody { Name = TextArgument.Required(name, nameof(name), TextLimits.SunshineName) });
        return SendAccountAsync(request, cancellationToken);
    }

    /// <summary>Renames a service account.</summary>
    public Task<ServiceAccount> UpdateAsync(string serviceAccountId, string name, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Put, Account(serviceAccountId).ToString(), SmoochApi.Sunshine)
            .WithJson(new V11NameBody { Name = TextArgument.Required(name, nameof(name), TextLimits.SunshineName) });
        return SendAccountAsync(request, cancellationToken);
    }

    /// <summary>Deletes a service account.</summary>
    public Task DeleteAsync(string serviceAccountId, CancellationToken cancellationToken = default)
    {
        return _sender.SendIgnoringBodyAsync(new ApiRequest(ApiMethod.Delete, Account(serviceAccountId).ToString(), SmoochApi.Sunshine), cancellationToken);
    }

    /// <summary>Lists the keys of a service account; the API returns secrets here but they are never read.</summary>
    public IAsyncEnumerable<ServiceAccountKey> ListKeysAsync(string serviceAccountId, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Get, Keys(serviceAccountId).ToString(), SmoochApi.Sunshine);
        return _sender.StreamSinglePage<KeyList<V11SecretKey>, ServiceAccountKey>(request,
            (wire, response) => JsonBody.Require(wire.Keys, response, "keys").Select(key => ToModel(serviceAccountId, key, response)),
            cancellationToken);
    }

    /// <summary>Gets one key of a service account (never its secret).</summary>
    public Task<ServiceAccountKey> GetKeyAsync(string serviceAccountId, string keyId, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Get, Keys(serviceAccountId).Id(keyId, nameof(keyId)).ToString(), SmoochApi.Sunshine);
        return _sender.SendAsync<KeyEnvelope<V11SecretKey>, ServiceAccountKey>(request,
            (wire, response) => ToModel(serviceAccountId, JsonBody.Require(wire.Key, response, "key"), response),
            cancellationToken);
    }

    /// <summary>Creates a key; the result is the only time its secret is available.</summary>
    public async Task<CreatedServiceAccountKey> CreateKeyAsync(string serviceAccountId, string name, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Post, Keys(serviceAccountId).ToString(), SmoochApi.Sunshine)
            .Creates("service account key", "_id")
            .WithJson(new V11NameBody { Name = TextArgument.Required(name, nameof(name), TextLimits.SunshineName) });
        ApiResponse response = await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return CreatedResponse.ReadKey<KeyEnvelope<V11CreatedSecretKey>, CreatedServiceAccountKey>(response, wire => wire.Key?.Fields, "_id", "name", "secret",
            (keyId, keyName, secret, incomplete) => new CreatedServiceAccountKey
            {
                ServiceAccountId = serviceAccountId,
                KeyId = keyId,
                Name = keyName ?? string.Empty,
                Secret = secret,
                ResponseIncomplete = incomplete,
            });
    }

    /// <summary>Deletes a key of a service account.</summary>
    public Task DeleteKeyAsync(string serviceAccountId, string keyId, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Delete, Keys(serviceAccountId).Id(keyId, nameof(keyId)).ToString(), SmoochApi.Sunshine);
        return _sender.SendIgnoringBodyAsync(request, cancellationToken);
    }

    /// <summary>Asks the server for an account-scoped JWT signed with the key.</summary>
    public Task<ServerJwt> GetJwtAsync(string serviceAccountId, string keyId, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(ApiMethod.Get, Keys(serviceAccountId).Id(keyId, nameof(keyId)).Literal("jwt").ToString(), SmoochApi.Sunshine);
        return _sender.SendAsync<V11Jwt, ServerJwt>(request,
            (wire, response) => new ServerJwt
            {
                ServiceAccountId = serviceAccountId,
                KeyId = keyId,
                Token = SecureStringText.FromString(JsonBody.RequireText(wire.Jwt, response, "jwt")),
            },
            cancellationToken);
    }

    private Task<ServiceAccount> SendAccountAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        return _sender.SendAsync<V11ServiceAccountEnvelope, ServiceAccount>(request,
            (wire, response) => ToModel(JsonBody.Require(wire.ServiceAccount, response, "serviceAccount"), response),
            cancellationToken);
    }

    private static ApiPath Accounts()
    {
        return ApiPath.Root("v1.1/serviceaccounts");
    }

    private static ApiPath Account(string serviceAccountId)
    {
        return Accounts().Id(serviceAccountId, nameof(serviceAccountId));
    }

    private static ApiPath Keys(string serviceAccountId)
    {
        return Account(serviceAccountId).Literal("keys");
    }

    private static ServiceAccount ToModel(V11ServiceAccount wire, ApiResponse response)
    {
        return new ServiceAccount { ServiceAccountId = JsonBody.RequireText(wire.Id, response, "_id"), Name = wire.Name ?? string.Empty };
    }

    private static ServiceAccountKey ToModel(string serviceAccountId, V11SecretKey wire, ApiResponse response)
    {
        return new ServiceAccountKey { ServiceAccountId = serviceAccountId, KeyId = JsonBody.RequireText(wire.Id, response, "_id"), Name = wire.Name ?? string.Empty };
    }
}
