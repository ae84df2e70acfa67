using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using Smooch.Emulator;

namespace Smooch.Client.Tests.EmulatorApi;

/// <summary>
/// The emulator's /_emulator control endpoints, with the method names of its in-process EmulatorControl so that
/// tests written against that run unchanged. Calls block: they are quick local requests made between test steps.
/// </summary>
public sealed class RemoteEmulatorControl : IDisposable
{
    private readonly HttpClient _http;
    private TimeSpan _latency;

    public RemoteEmulatorControl(Uri baseAddress)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public void AddFault(FaultRule rule)
    {
        Send(HttpMethod.Post, "_emulator/faults", w =>
        {
            w.WriteString("method", rule.Method);
            w.WriteString("pathPattern", rule.PathPattern);
            w.WriteString("kind", rule.Kind.ToString());
            w.WriteNumber("count", rule.Count);
            w.WriteNumber("status", rule.Status);
            if (rule.RetryAfter != null)
            {
                w.WriteString("retryAfter", rule.RetryAfter);
            }
            w.WriteNumber("delayMs", (long)rule.Delay.TotalMilliseconds);
            w.WriteString("echo", rule.Echo.ToString());
            w.WriteNumber("padBytes", rule.PadBytes);
            if (rule.TruncateAfter != null)
            {
                w.WriteString("truncateAfter", rule.TruncateAfter);
            }
            if (rule.Location != null)
            {
                w.WriteString("location", rule.Location);
            }
        });
    }

    public void ClearFaults() => Send(HttpMethod.Delete, "_emulator/faults");

    /// <summary>API requests in the order they ended.</summary>
    public IReadOnlyList<JournalEntry> Journal
    {
        get
        {
            using JsonDocument journal = Get("_emulator/journal");
            return journal.RootElement.GetProperty("entries").EnumerateArray()
                .Select(e => new JournalEntry(
                    DateTimeOffset.Parse(e.GetProperty("at").GetString()!, CultureInfo.InvariantCulture),
                    e.GetProperty("method").GetString()!,
                    e.GetProperty("path").GetString()!,
                    e.GetProperty("status").GetInt32(),
                    e.GetProperty("milliseconds").GetDouble(),
                    e.GetProperty("fault").ValueKind == JsonValueKind.Null ? null : e.GetProperty("fault").GetString(),
                    e.GetProperty("query").GetString()!))
                .Where(e => !e.Path.StartsWith("/_emulator/", StringComparison.Ordinal))
                .ToList();
        }
    }

    public void ClearJournal() => Send(HttpMethod.Delete, "_emulator/journal");

    /// <summary>Data back to the start-up state, faults and journal cleared.</summary>
    public void Reset()
    {
        Send(HttpMethod.Post, "_emulator/reset");
        _latency = TimeSpan.Zero;
    }

    /// <summary>Waits until no API request is in flight (each one finished and journaled); true when idle within the timeout.</summary>
    public bool WaitUntilIdle(TimeSpan timeout)
    {
        using JsonDocument idle = Get("_emulator/idle?timeoutMs=" + ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        return idle.RootElement.GetProperty("idle").GetBoolean();
    }

    public TimeSpan Latency
    {
        get => _latency;
        set
        {
            Send(HttpMethod.Put, "_emulator/latency", w => w.WriteNumber("milliseconds", (long)value.TotalMilliseconds));
            _latency = value;
        }
    }

    public int MaxConcurrentRequests
    {
        get
        {
            using JsonDocument concurrency = Get("_emulator/concurrency");
            return concurrency.RootElement.GetProperty("maxConcurrentRequests").GetInt32();
        }
    }

    public void ResetConcurrency() => Send(HttpMethod.Delete, "_emulator/concurrency");

    public IReadOnlyList<string> SeedServiceAccounts(int count)
    {
        using JsonDocument seeded = Send(HttpMethod.Post, "_emulator/seed", w => w.WriteNumber("serviceAccounts", count));
        return Strings(seeded.RootElement.GetProperty("serviceAccountIds"));
    }

    public IReadOnlyList<string> SeedOrganizationCredentials(string organizationId, string serviceAccountId, int count)
    {
        using JsonDocument seeded = Send(HttpMethod.Post, "_emulator/seed", w =>
        {
            w.WriteStartObject("credentials");
            w.WriteString("organizationId", organizationId);
            w.WriteString("serviceAccountId", serviceAccountId);
            w.WriteNumber("count", count);
            w.WriteEndObject();
        });
        return Strings(seeded.RootElement.GetProperty("credentialIds"));
    }

    public IReadOnlyList<SeededApp> SeedApps(int count, int customIntegrationsPerApp)
    {
        using JsonDocument seeded = Send(HttpMethod.Post, "_emulator/seed", w =>
        {
            w.WriteNumber("apps", count);
            w.WriteNumber("customIntegrationsPerApp", customIntegrationsPerApp);
        });
        return seeded.RootElement.GetProperty("apps").EnumerateArray()
            .Select(a => new SeededApp(a.GetProperty("appId").GetString()!, Strings(a.GetProperty("customIntegrationIds")), a.GetProperty("nonCustomIntegrationId").GetString()!))
            .ToList();
    }

    /// <summary>Gives a v1.1 service account access to an app (as if its key had created the app).</summary>
    public void GrantAppAccess(string serviceAccountId, string appId)
    {
        Send(HttpMethod.Post, "_emulator/seed", w =>
        {
            w.WriteStartObject("appAccess");
            w.WriteString("serviceAccountId", serviceAccountId);
            w.WriteString("appId", appId);
            w.WriteEndObject();
        }).Dispose();
    }

    public void Dispose() => _http.Dispose();

    private JsonDocument Get(string path) => Send(HttpMethod.Get, path);

    private JsonDocument Send(HttpMethod method, string path, Action<Utf8JsonWriter>? writeProperties = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (writeProperties != null)
        {
            request.Content = new ByteArrayContent(Json(writeProperties));
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }
        using HttpResponseMessage response = _http.SendAsync(request).ConfigureAwait(false).GetAwaiter().GetResult();
        byte[] body = response.Content.ReadAsByteArrayAsync().ConfigureAwait(false).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} /{path} failed with HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }
        return JsonDocument.Parse(body.Length == 0 ? Encoding.UTF8.GetBytes("{}") : body);
    }

    private static byte[] Json(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(s => s.GetString()!).ToList();
}
