using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Auth;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>
/// Enough of v2 apps and integrations to set up the parents of keys through the API: apps (list, create, get, delete)
/// and custom integrations (list, create, get, delete). An app created with a svc_ key becomes accessible to that service account.
/// </summary>
internal static class AppRoutes
{
    public static void Map(ApiEndpoints v2)
    {
        v2.Get("/v2/apps", ListApps);
        v2.Post("/v2/apps", CreateApp);
        v2.Get("/v2/apps/{appId}", GetApp);
        v2.Delete("/v2/apps/{appId}", DeleteApp);
        v2.Get("/v2/apps/{appId}/integrations", ListIntegrations);
        v2.Post("/v2/apps/{appId}/integrations", CreateIntegration);
        v2.Get("/v2/apps/{appId}/integrations/{integrationId}", GetIntegration);
        v2.Delete("/v2/apps/{appId}/integrations/{integrationId}", DeleteIntegration);
    }

    private static Task ListApps(ApiCall call)
    {
        SunshineAccess.RequireAccountScope(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            List<App> visible = call.Store.Apps.All().Where(app => SunshineAccess.CanSee(call.Key, app)).ToList();
            List<App> page = V2Paging.Page(call, visible, out bool hasMore);
            body = JsonBodies.List("apps", page, WriteApp, w => V2Paging.WriteMeta(w, page, hasMore));
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static async Task CreateApp(ApiCall call)
    {
        SunshineAccess.RequireAccountScope(call.Key);
        string displayName = JsonFields.RequiredString(await RequestBody.ReadObjectAsync(call.Http), "displayName", Limits.SunshineName);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            App app = call.Store.AddApp(displayName);
            if (call.Key.Kind == KeyKind.ServiceAccount) app.ServiceAccountIds.Add(call.Key.ServiceAccountId!);
            body = JsonBodies.Envelope("app", w => WriteApp(w, app));
        }
        await JsonResponse.WriteAsync(call.Http, 201, body);
    }

    private static Task GetApp(ApiCall call)
    {
        SunshineAccess.RequireAccountScope(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            App app = SunshineAccess.FindApp(call.Key, call.Store, call.Route("appId"));
            body = JsonBodies.Envelope("app", w => WriteApp(w, app));
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static Task DeleteApp(ApiCall call)
    {
        SunshineAccess.RequireAccountScope(call.Key);
        lock (call.Store.Gate) call.Store.RemoveApp(SunshineAccess.FindApp(call.Key, call.Store, call.Route("appId")));
        return JsonResponse.WriteEmptyObject(call.Http);
    }

    private static Task ListIntegrations(ApiCall call)
    {
        SunshineAccess.RequireAppOrAccountScope(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            App app = SunshineAccess.FindApp(call.Key, call.Store, call.Route("appId"));
            List<Integration> page = V2Paging.Page(call, app.Integrations.All().ToList(), out bool hasMore);
            body = JsonBodies.List("integrations", page, WriteIntegration, w => V2Paging.WriteMeta(w, page, hasMore));
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static async Task CreateIntegration(ApiCall call)
    {
        SunshineAccess.RequireAppOrAccountScope(call.Key);
        JsonElement request = await RequestBody.ReadObjectAsync(call.Http);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            App app = SunshineAccess.FindApp(call.Key, call.Store, call.Route("appId"));
            string type = JsonFields.RequiredString(request, "type", 50);
            if (type != "custom") throw ApiException.BadRequest("The emulator creates only integrations of type 'custom'");
            string? displayName = JsonFields.OptionalString(request, "displayName", Limits.SunshineName, allowEmpty: false).Value;
            (string? target, List<string> triggers) = ReadWebhook(request);
            var integration = new Integration(EmulatorStore.NewIntegrationId(app), type, displayName)
            {
                WebhookId = target is null ? null : Ids.Hex24(),
                WebhookTarget = target,
                WebhookTriggers = triggers,
            };
            call.Store.AddIntegration(app, integration);
            body = JsonBodies.Envelope("integration", w => WriteIntegration(w, integration));
        }
        await JsonResponse.WriteAsync(call.Http, 201, body);
    }

    private static Task GetIntegration(ApiCall call)
    {
        SunshineAccess.RequireAppOrAccountScope(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            Integration integration = FindIntegration(call, out _);
            body = JsonBodies.Envelope("integration", w => WriteIntegration(w, integration));
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    private static Task DeleteIntegration(ApiCall call)
    {
        SunshineAccess.RequireAppOrAccountScope(call.Key);
        lock (call.Store.Gate)
        {
            Integration integration = FindIntegration(call, out App app);
            call.Store.RemoveIntegration(app, integration);
        }
        return JsonResponse.WriteEmptyObject(call.Http);
    }

    private static Integration FindIntegration(ApiCall call, out App app)
    {
        app = SunshineAccess.FindApp(call.Key, call.Store, call.Route("appId"));
        return app.Integrations.Find(call.Route("integrationId")) ?? throw IntegrationKeyRoutes.IntegrationNotFound;
    }

    /// <summary>A custom integration carries at most one webhook: {"target": string, "triggers": [string]}.</summary>
    private static (string? Target, List<string> Triggers) ReadWebhook(JsonElement request)
    {
        var triggers = new List<string>();
        if (!request.TryGetProperty("webhooks", out JsonElement webhooks) || webhooks.ValueKind == JsonValueKind.Null) return (null, triggers);
        if (webhooks.ValueKind != JsonValueKind.Array || webhooks.GetArrayLength() > 1)
            throw ApiException.BadRequest("'webhooks' must be an array with at most one webhook");
        if (webhooks.GetArrayLength() == 0) return (null, triggers);
        JsonElement webhook = webhooks[0];
        if (webhook.ValueKind != JsonValueKind.Object) throw ApiException.BadRequest("'webhooks[0]' must be an object");
        string target = JsonFields.RequiredString(webhook, "target", 2048);
        if (webhook.TryGetProperty("triggers", out JsonElement list))
        {
            if (list.ValueKind != JsonValueKind.Array) throw ApiException.BadRequest("'triggers' must be an array of strings");
            foreach (JsonElement trigger in list.EnumerateArray())
            {
                if (trigger.ValueKind != JsonValueKind.String) throw ApiException.BadRequest("'triggers' must be an array of strings");
                triggers.Add(JsonFields.Text(trigger, "triggers"));
            }
        }
        return (target, triggers);
    }

    private static void WriteApp(Utf8JsonWriter w, App app)
    {
        w.WriteStartObject();
        w.WriteString("id", app.Id);
        w.WriteString("displayName", app.DisplayName);
        w.WriteEndObject();
    }

    private static void WriteIntegration(Utf8JsonWriter w, Integration integration)
    {
        w.WriteStartObject();
        w.WriteString("id", integration.Id);
        w.WriteString("type", integration.Type);
        w.WriteString("status", "active");
        if (integration.DisplayName is null) w.WriteNull("displayName"); else w.WriteString("displayName", integration.DisplayName);
        if (integration.IsCustom)
        {
            w.WriteStartArray("webhooks");
            if (integration.WebhookTarget is not null)
            {
                w.WriteStartObject();
                w.WriteString("id", integration.WebhookId);
                w.WriteString("version", "v2");
                w.WriteString("target", integration.WebhookTarget);
                w.WriteStartArray("triggers");
                foreach (string trigger in integration.WebhookTriggers) w.WriteStringValue(trigger);
                w.WriteEndArray();
                w.WriteBoolean("includeFullUser", false);
                w.WriteBoolean("includeFullSource", false);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
