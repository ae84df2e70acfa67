using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;

namespace Smooch.Emulator.Control;

/// <summary>
/// /_emulator/* (loopback callers only, no auth): health, faults, journal, reset, seed, latency, activation, concurrency, idle.
/// Bodies are camelCase JSON; errors use {"message","code","status"}.
/// </summary>
internal static class ControlRoutes
{
    public static void Map(IEndpointRouteBuilder routes, EmulatorControl control)
    {
        routes.MapGet("/_emulator/health", (RequestDelegate)(context => Json(context, 200, w => w.WriteString("status", "ok"))));
        routes.MapPost("/_emulator/faults", (RequestDelegate)(context => Guard(context, async () =>
        {
            control.AddFault(ReadFault(await RequestBody.ReadObjectAsync(context)));
            await Json(context, 201, w => w.WriteString("status", "armed"));
        })));
        routes.MapDelete("/_emulator/faults", NoContentAfter(control.ClearFaults));
        routes.MapGet("/_emulator/journal", (RequestDelegate)(context => WriteJournal(context, control)));
        routes.MapDelete("/_emulator/journal", NoContentAfter(control.ClearJournal));
        routes.MapPost("/_emulator/reset", NoContentAfter(control.Reset));
        routes.MapPost("/_emulator/seed", (RequestDelegate)(context => Guard(context, async () => await Seed(context, control, await RequestBody.ReadObjectAsync(context)))));
        routes.MapGet("/_emulator/concurrency", (RequestDelegate)(context =>
            Json(context, 200, w => w.WriteNumber("maxConcurrentRequests", control.MaxConcurrentRequests))));
        routes.MapDelete("/_emulator/concurrency", NoContentAfter(control.ResetConcurrency));
        routes.MapGet("/_emulator/idle", (RequestDelegate)(context => Guard(context, async () =>
        {
            TimeSpan timeout = TimeSpan.FromMilliseconds(QueryNumber(context, "timeoutMs", fallback: 10_000));
            bool idle = await Task.Run(() => control.WaitUntilIdle(timeout));
            await Json(context, 200, w => w.WriteBoolean("idle", idle));
        })));
        routes.MapPut("/_emulator/latency", (RequestDelegate)(context => Guard(context, async () =>
        {
            JsonElement body = await RequestBody.ReadObjectAsync(context);
            control.Latency = TimeSpan.FromMilliseconds(Number(body, "milliseconds", required: true));
            await JsonResponse.WriteNoContent(context);
        })));
        routes.MapPut("/_emulator/activation", (RequestDelegate)(context => Guard(context, async () =>
        {
            JsonElement body = await RequestBody.ReadObjectAsync(context);
            control.ActivationDelay = TimeSpan.FromMilliseconds(Number(body, "delayMs", required: true));
            await JsonResponse.WriteNoContent(context);
        })));
    }

    /// <summary>{"method","pathPattern","kind","count","status","retryAfter","delay" ("hh:mm:ss" or milliseconds) | "delayMs","echo","padBytes","location","truncateAfter"}.</summary>
    private static FaultRule ReadFault(JsonElement body)
    {
        string method = JsonFields.RequiredString(body, "method", 10);
        string pattern = JsonFields.RequiredString(body, "pathPattern", 1000);
        string kindText = JsonFields.RequiredString(body, "kind", 50);
        if (!Enum.TryParse(kindText, ignoreCase: true, out FaultKind kind) || int.TryParse(kindText, out _))
        {
            throw ApiException.BadRequest($"'kind' must be one of {string.Join(", ", Enum.GetNames<FaultKind>())}");
        }

        int count = (int)Number(body, "count", required: false, fallback: 1);
        TimeSpan delay = TimeSpan.Zero;
        if (body.TryGetProperty("delay", out JsonElement delayValue) && delayValue.ValueKind == JsonValueKind.String)
        {
            if (!TimeSpan.TryParse(delayValue.GetString(), CultureInfo.InvariantCulture, out delay))
            {
                throw ApiException.BadRequest("'delay' must be a time span like 00:00:05");
            }
        }
        else
        {
            delay = TimeSpan.FromMilliseconds(Number(body, body.TryGetProperty("delayMs", out _) ? "delayMs" : "delay", required: false));
        }

        string? retryAfter = body.TryGetProperty("retryAfter", out JsonElement retry) ? retry.ValueKind switch
        {
            JsonValueKind.String => retry.GetString(),
            JsonValueKind.Number => retry.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw ApiException.BadRequest("'retryAfter' must be seconds or an HTTP date"),
        } : null;
        return new FaultRule(method, pattern, kind, count)
        {
            Status = (int)Number(body, "status", required: false),
            RetryAfter = retryAfter,
            Delay = delay,
            Echo = ReadEcho(body),
            PadBytes = (int)Number(body, "padBytes", required: false),
            Location = body.TryGetProperty("location", out JsonElement location) && location.ValueKind == JsonValueKind.String ? location.GetString() : null,
            TruncateAfter = body.TryGetProperty("truncateAfter", out JsonElement cut) && cut.ValueKind == JsonValueKind.String ? cut.GetString() : null,
        };
    }

    private static EchoForm ReadEcho(JsonElement body)
    {
        if (!body.TryGetProperty("echo", out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return EchoForm.Header;
        }

        string? text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is null || int.TryParse(text, out _) || !Enum.TryParse(text, ignoreCase: true, out EchoForm echo))
        {
            throw ApiException.BadRequest($"'echo' must be one of {string.Join(", ", Enum.GetNames<EchoForm>())}");
        }

        return echo;
    }

    private static async Task Seed(HttpContext context, EmulatorControl control, JsonElement body)
    {
        if (body.TryGetProperty("serviceAccounts", out _))
        {
            IReadOnlyList<string> ids = control.SeedServiceAccounts((int)Number(body, "serviceAccounts", required: true));
            await Json(context, 200, w => Strings(w, "serviceAccountIds", ids));
        }
        else if (body.TryGetProperty("credentials", out JsonElement credentials))
        {
            IReadOnlyList<string> ids = control.SeedOrganizationCredentials(
                JsonFields.RequiredString(credentials, "organizationId", 255),
                JsonFields.RequiredString(credentials, "serviceAccountId", 255),
                (int)Number(credentials, "count", required: true));
            await Json(context, 200, w => Strings(w, "credentialIds", ids));
        }
        else if (body.TryGetProperty("apps", out _))
        {
            IReadOnlyList<SeededApp> apps = control.SeedApps((int)Number(body, "apps", required: true),
                (int)Number(body, "customIntegrationsPerApp", required: false, fallback: 1));
            await Json(context, 200, w =>
            {
                w.WriteStartArray("apps");
                foreach (SeededApp app in apps)
                {
                    w.WriteStartObject();
                    w.WriteString("appId", app.AppId);
                    Strings(w, "customIntegrationIds", app.CustomIntegrationIds);
                    w.WriteString("nonCustomIntegrationId", app.NonCustomIntegrationId);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }
        else if (body.TryGetProperty("appAccess", out JsonElement access))
        {
            control.GrantAppAccess(JsonFields.RequiredString(access, "serviceAccountId", 255), JsonFields.RequiredString(access, "appId", 255));
            await JsonResponse.WriteNoContent(context);
        }
        else
        {
            throw ApiException.BadRequest("Body must contain 'serviceAccounts', 'credentials', 'apps' or 'appAccess'");
        }
    }

    private static Task WriteJournal(HttpContext context, EmulatorControl control)
    {
        IReadOnlyList<JournalEntry> entries = control.Journal;
        return Json(context, 200, w =>
        {
            w.WriteStartArray("entries");
            foreach (JournalEntry entry in entries)
            {
                w.WriteStartObject();
                w.WriteString("at", entry.At);
                w.WriteString("method", entry.Method);
                w.WriteString("path", entry.Path);
                w.WriteString("query", entry.Query);
                w.WriteNumber("status", entry.Status);
                w.WriteNumber("milliseconds", Math.Round(entry.Milliseconds, 3));
                if (entry.Fault is null)
                {
                    w.WriteNull("fault");
                }
                else
                {
                    w.WriteString("fault", entry.Fault);
                }

                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("maxConcurrentRequests", control.MaxConcurrentRequests);
        });
    }

    private static double Number(JsonElement body, string name, bool required, double fallback = 0)
    {
        if (!body.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw ApiException.BadRequest($"should have required property '{name}'") : fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number) || number < 0 || number > int.MaxValue)
        {
            throw ApiException.BadRequest($"'{name}' must be a non-negative number");
        }

        return number;
    }

    private static double QueryNumber(HttpContext context, string name, double fallback)
    {
        string? text = context.Request.Query[name];
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out double number) || number > int.MaxValue)
        {
            throw ApiException.BadRequest($"'{name}' must be a non-negative number");
        }

        return number;
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static async Task Guard(HttpContext context, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (ApiException e)
        {
            ApiError error = ApiFamily.Organization.Errors.Resolve(e);
            await JsonResponse.WriteErrorAsync(context, ApiFamily.Organization, error);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            await JsonResponse.WriteErrorAsync(context, ApiFamily.Organization, new ApiError(400, "bad_request", e.Message));
        }
    }

    private static Task Json(HttpContext context, int status, Action<Utf8JsonWriter> writeProperties) =>
        JsonResponse.WriteAsync(context, status, w =>
        {
            w.WriteStartObject();
            writeProperties(w);
            w.WriteEndObject();
        });

    private static RequestDelegate NoContentAfter(Action command) => context =>
    {
        command();
        return JsonResponse.WriteNoContent(context);
    };
}
