using System;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>The parent of a set of v2 keys (an app or a custom integration), resolved and authorized for one call.</summary>
internal sealed record KeyParent(OrderedTable<ApiKey> Keys, Func<string, ApiKey> Create, string LimitReached);

/// <summary>
/// List (200), create (201), get (200) and delete (200 {}) of v2 keys — one mechanism shared by App Keys and
/// Custom Integration API Keys; each supplies how to authorize the caller and find the parent.
/// </summary>
internal sealed class V2KeyRoutes(Action<ApiKey> authorizeCaller, Func<ApiCall, KeyParent> resolveParentUnderLock)
{
    public void Map(ApiEndpoints v2, string collection)
    {
        v2.Get(collection, List);
        v2.Post(collection, Create);
        v2.Get(collection + "/{keyId}", Get);
        v2.Delete(collection + "/{keyId}", Delete);
    }

    private Task List(ApiCall call)
    {
        authorizeCaller(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            KeyParent parent = resolveParentUnderLock(call);
            body = JsonBodies.List("keys", parent.Keys.All(), WriteKey);
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private async Task Create(ApiCall call)
    {
        authorizeCaller(call.Key);
        JsonElement request = await RequestBody.ReadObjectAsync(call.Http);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            KeyParent parent = resolveParentUnderLock(call);
            string displayName = JsonFields.RequiredString(request, "displayName", Limits.SunshineName);
            if (parent.Keys.Count >= Limits.KeysPerParent)
            {
                throw ApiException.BadRequest(parent.LimitReached);
            }

            body = Envelope(parent.Create(displayName));
        }
        await JsonResponse.WriteAsync(call.Http, 201, body);
    }

    private Task Get(ApiCall call)
    {
        authorizeCaller(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            body = Envelope(FindKey(call, resolveParentUnderLock(call)));
        }

        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private Task Delete(ApiCall call)
    {
        authorizeCaller(call.Key);
        lock (call.Store.Gate)
        {
            KeyParent parent = resolveParentUnderLock(call);
            call.Store.RemoveKey(parent.Keys, FindKey(call, parent));
        }
        return JsonResponse.WriteEmptyObject(call.Http);
    }

    private static ApiKey FindKey(ApiCall call, KeyParent parent) =>
        parent.Keys.Find(call.Route("keyId")) ?? throw new ApiException(StandardError.NotFound);

    private static ReadOnlyMemory<byte> Envelope(ApiKey key) => JsonBodies.Envelope("key", w => WriteKey(w, key));

    private static void WriteKey(Utf8JsonWriter w, ApiKey key)
    {
        w.WriteStartObject();
        w.WriteString("id", key.Id);
        w.WriteString("displayName", key.Name);
        w.WriteString("secret", key.Secret);
        w.WriteEndObject();
    }
}
