using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Auth;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>v1.1 service accounts and their secret keys (service-accounts-v1.1.md). Account (act_) keys only.</summary>
internal static class ServiceAccountRoutes
{
    private const string Collection = "/serviceaccounts";
    private const string Item = "/serviceaccounts/{serviceAccountId}";
    private const string Keys = Item + "/keys";
    private const string Key = Keys + "/{keyId}";

    public static void Map(ApiEndpoints v1)
    {
        // Served under /v1.1 and, as the older SDKs call it, /v1.
        foreach (string prefix in new[] { "/v1.1", "/v1" })
        {
            v1.Get(prefix + Collection, List);
            v1.Post(prefix + Collection, Create);
            v1.Get(prefix + Item, Get);
            v1.Put(prefix + Item, Update);
            v1.Delete(prefix + Item, Delete);
            v1.Get(prefix + Keys, ListKeys);
            v1.Post(prefix + Keys, CreateKey);
            v1.Get(prefix + Key, GetKey);
            v1.Delete(prefix + Key, DeleteKey);
            v1.Get(prefix + Key + "/jwt", GetJwt);
        }
    }

    private static Task List(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        int limit = call.IntQuery("limit", Limits.V1DefaultPageSize, 1, Limits.MaxPageSize);
        int offset = call.IntQuery("offset", 0, 0, int.MaxValue);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            List<ServiceAccount> page = call.Store.ServiceAccounts.Slice(offset, limit, out bool hasMore);
            body = JsonBodies.List("serviceAccounts", page, WriteServiceAccount, w =>
            {
                w.WriteBoolean("hasMore", hasMore);
                w.WriteNumber("offset", offset);
            });
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static async Task Create(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        string name = JsonFields.RequiredString(await RequestBody.ReadObjectAsync(call.Http), "name", Limits.SunshineName);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            if (call.Store.ServiceAccountIdByName(name) is not null)
            {
                throw DuplicateName;
            }

            ServiceAccount sa = call.Store.AddServiceAccount(name);
            body = Envelope(sa);
        }
        await JsonResponse.WriteAsync(call.Http, 201, body);
    }

    private static Task Get(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            body = Envelope(Find(call));
        }

        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static async Task Update(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        string name = JsonFields.RequiredString(await RequestBody.ReadObjectAsync(call.Http), "name", Limits.SunshineName);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            ServiceAccount sa = Find(call);
            string? holder = call.Store.ServiceAccountIdByName(name);
            if (holder is not null && holder != sa.Id)
            {
                throw DuplicateName;
            }

            call.Store.RenameServiceAccount(sa, name);
            body = Envelope(sa);
        }
        await JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static Task Delete(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        lock (call.Store.Gate)
        {
            ServiceAccount sa = Find(call);
            if (call.Store.ServiceAccountHasApps(sa.Id))
            {
                throw new ApiException(StandardError.Conflict, "Service account still has access to apps");
            }

            call.Store.RemoveServiceAccount(sa);
        }
        return JsonResponse.WriteEmptyObject(call.Http);
    }

    private static Task ListKeys(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            ServiceAccount sa = Find(call);
            body = JsonBodies.List("keys", sa.Keys.All(), WriteKey);
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static async Task CreateKey(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        string name = JsonFields.RequiredString(await RequestBody.ReadObjectAsync(call.Http), "name", Limits.SunshineName);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            body = KeyEnvelope(call.Store.AddServiceAccountKey(Find(call), name));
        }

        await JsonResponse.WriteAsync(call.Http, 201, body);
    }

    private static Task GetKey(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            body = KeyEnvelope(FindKey(call, Find(call)));
        }

        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static Task DeleteKey(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        lock (call.Store.Gate)
        {
            ServiceAccount sa = Find(call);
            call.Store.RemoveKey(sa.Keys, FindKey(call, sa));
        }
        return JsonResponse.WriteEmptyObject(call.Http);
    }

    private static Task GetJwt(ApiCall call)
    {
        SunshineAccess.RequireAccountKey(call.Key);
        string jwt;
        lock (call.Store.Gate)
        {
            ApiKey key = FindKey(call, Find(call));
            jwt = Jwt.Sign(key.Id, key.Secret, "account", call.Store.Now);
        }
        return JsonResponse.WriteAsync(call.Http, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("jwt", jwt);
            w.WriteEndObject();
        });
    }

    private static ApiException DuplicateName => new(StandardError.Conflict, "A service account with this name already exists");

    private static ServiceAccount Find(ApiCall call) =>
        call.Store.ServiceAccounts.Find(call.Route("serviceAccountId")) ?? throw new ApiException(StandardError.NotFound);

    private static ApiKey FindKey(ApiCall call, ServiceAccount sa) =>
        sa.Keys.Find(call.Route("keyId")) ?? throw new ApiException(StandardError.NotFound);

    private static ReadOnlyMemory<byte> Envelope(ServiceAccount sa) => JsonBodies.Envelope("serviceAccount", w => WriteServiceAccount(w, sa));

    private static ReadOnlyMemory<byte> KeyEnvelope(ApiKey key) => JsonBodies.Envelope("key", w => WriteKey(w, key));

    private static void WriteServiceAccount(Utf8JsonWriter w, ServiceAccount sa)
    {
        w.WriteStartObject();
        w.WriteString("_id", sa.Id);
        w.WriteString("name", sa.Name);
        w.WriteEndObject();
    }

    private static void WriteKey(Utf8JsonWriter w, ApiKey key)
    {
        w.WriteStartObject();
        w.WriteString("_id", key.Id);
        w.WriteString("name", key.Name);
        w.WriteString("secret", key.Secret);
        w.WriteEndObject();
    }
}
