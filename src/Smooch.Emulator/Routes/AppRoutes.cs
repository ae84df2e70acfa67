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
/// Enough of v2 apps and integrations to set up and find the parents of keys through the API: apps (list with
/// filter[serviceAccountId], create, get, delete) and integrations (list with filter[types], create custom, get, delete).
/// An app created with a svc_ key becomes accessible to that service account.
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
            string? serviceAccountId = ServiceAccountFilter(call);
            List<App> visible = call.Store.Apps.All()
                .Where(app => SunshineAccess.CanSee(call.Key, app) && (serviceAccountId is null || app.ServiceAccountIds.Contains(serviceAccountId)))
                .ToList();
            body = V2Paging.List(call, "apps", visible, WriteApp);
        }
        return JsonResponse.WriteAsync(call.Http, 200, body);
    }

    /// <summary>
    /// filter[serviceAccountId]: only the apps that service account can access (none for an id that names no service
    /// account). A svc_ key may only ask about its own service account (403, as the vendor documents).
    /// </summary>
    private static string? ServiceAccountFilter(ApiCall call)
    {
        string? id = call.Query("filter[serviceAccountId]");
        if (id is null)
        {
            return null;
        }

        if (id.Length == 0)
        {
            throw ApiException.BadRequest("Invalid query parameters: filter[serviceAccountId] must not be empty");
        }

        if (call.Key.Kind == KeyKind.ServiceAccount && id != call.Key.ServiceAccountId)
        {
            throw new ApiException(403, "forbidden", "The serviceAccountId provided does not match supplied credentials");
        }

        return id;
    }

    /// <summary>filter[types]: a comma-separated list of the vendor's integration types; anything else is 400.</summary>
    private static HashSet<string>? TypesFilter(ApiCall call)
    {
        string? text = call.Query("filter[types]");
        if (text is null)
        {
            return null;
        }

        var types = new HashSet<string>(text.Split(','), StringComparer.Ordinal);
        if (types.Any(type => !s_integrationTypes.Contains(type)))
        {
            throw ApiException.BadRequest("Invalid query parameters: filter[types] must list integration types separated by commas");
        }

        return types;
    }

    /// <summary>The integration types of the vendor's integration schema.</summary>
    private static readonly HashSet<string> s_integrationTypes = new(StringComparer.Ordinal)
    {
        "android", "apple", "custom", "instagram", "ios", "line", "mailgun", "messagebird", "messenger",
        "telegram", "twilio", "twitter", "unity", "viber", "web", "whatsapp",
    };

    private static async Task CreateApp(ApiCall call)
    {
        SunshineAccess.RequireAccountScope(call.Key);
        string displayName = JsonFields.RequiredString(await RequestBody.ReadObjectAsync(call.Http), "displayName", Limits.SunshineName);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            App app = call.Store.AddApp(displayName);
            if (call.Key.Kind == KeyKind.ServiceAccount)
            {
                app.ServiceAccountIds.Add(call.Key.ServiceAccountId!);
            }

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
        lock (call.Store.Gate)
        {
            call.Store.RemoveApp(SunshineAccess.FindApp(call.Key, call.Store, call.Route("appId")));
        }

        return JsonResponse.WriteEmptyObject(call.Http);
    }

    private static Task ListIntegrations(ApiCall call)
    {
        SunshineAccess.RequireAppOrAccountScope(call.Key);
        ReadOnlyMemory<byte> body;
        lock (call.Store.Gate)
        {
            App app = SunshineAccess.FindApp(call.Key, call.Store, call.Route("appId"));
            HashSet<string>? types = TypesFilter(call);
            List<Integration> visible = app.Integrations.All().Where(i => types is null || types.Contains(i.Type)).ToList();
            body = V2Paging.List(call, "integrations", visible, WriteIntegration);
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
            if (type != "custom")
            {
                throw ApiException.BadRequest("The emulator creates only integrations of type 'custom'");
            }

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
        if (!request.TryGetProperty("webhooks", out JsonElement webhooks) || webhooks.ValueKind == JsonValueKind.Null)
        {
            return (null, triggers);
        }

        if (webhooks.ValueKind != JsonValueKind.Array || webhooks.GetArrayLength() > 1)
        {
            throw ApiException.BadRequest("'webhooks' must be an array with at most one webhook");
        }

        if (webhooks.GetArrayLength() == 0)
        {
            return (null, triggers);
        }

        JsonElement webhook = webhooks[0];
        if (webhook.ValueKind != JsonValueKind.Object)
        {
            throw ApiException.BadRequest("'webhooks[0]' must be an object");
        }

        string target = JsonFields.RequiredString(webhook, "target", 2048);
        if (webhook.TryGetProperty("triggers", out JsonElement list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw ApiException.BadRequest("'triggers' must be an array of strings");
            }

            foreach (JsonElement trigger in list.EnumerateArray())
            {
                if (trigger.ValueKind != JsonValueKind.String)
                {
                    throw ApiException.BadRequest("'triggers' must be an array of strings");
                }

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
        if (integration.DisplayName is null)
        {
            w.WriteNull("displayName");
        }
        else
        {
            w.WriteString("displayName", integration.DisplayName);
        }

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
                foreach (string trigger in integration.WebhookTriggers)
                {
                    w.WriteStringValue(trigger);
                }

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
