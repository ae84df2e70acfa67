using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Smooch.Emulator.Control;
using Smooch.Emulator.Hosting;
using Smooch.Emulator.Http;
using Smooch.Emulator.Routes;
using Smooch.Emulator.State;

namespace Smooch.Emulator;

/// <summary>A running emulator: Kestrel on loopback serving the four API families and /_emulator control endpoints.</summary>
public sealed class SmoochEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StatePersister? _persister;
    private int _disposed;

    private SmoochEmulator(WebApplication app, EmulatorRuntime runtime, StatePersister? persister, Uri baseAddress, StartupReport report)
    {
        _app = app;
        _persister = persister;
        BaseAddress = baseAddress;
        Control = new EmulatorControl(runtime);
        AccountKeyId = report.AccountKeyId;
        AccountSecret = report.AccountSecret;
        Apps = report.Apps;
        Organizations = report.Organizations;
        Report = report;
    }

    public Uri BaseAddress { get; }
    public string AccountKeyId { get; }
    public string AccountSecret { get; }
    public IReadOnlyList<SeededApp> Apps { get; }
    public IReadOnlyList<SeededOrganization> Organizations { get; }
    public EmulatorControl Control { get; }

    internal StartupReport Report { get; }

    public static async Task<SmoochEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        Validate(options);
        var runtime = new EmulatorRuntime(options);
        StartupReport report = InitializeState(runtime);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SmoochEmulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = Array.Empty<string>(),
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        WebApplication app = builder.Build();
        var pipeline = new ApiPipeline(runtime);
        app.Use((context, next) => pipeline.InvokeAsync(context, next));
        MapRoutes(app, runtime);

        StatePersister? persister = null;
        try
        {
            await app.StartAsync(cancellationToken);
            if (options.StateFile is not null) persister = new StatePersister(runtime, options.StateFile);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        string address = app.Urls.First();
        var emulator = new SmoochEmulator(app, runtime, persister, new Uri(address.TrimEnd('/') + "/"), report);
        return emulator;
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C / SIGTERM for the CLI).</summary>
    internal Task WaitForShutdownAsync() => Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app);

    private static void MapRoutes(WebApplication app, EmulatorRuntime runtime)
    {
        ServiceAccountRoutes.Map(new ApiEndpoints(app, runtime, ApiFamily.V1, AuthScheme.Sunshine));
        var v2 = new ApiEndpoints(app, runtime, ApiFamily.V2, AuthScheme.Sunshine);
        AppRoutes.Map(v2);
        AppKeyRoutes.Map(v2);
        IntegrationKeyRoutes.Map(v2);
        OrganizationRoutes.Map(new ApiEndpoints(app, runtime, ApiFamily.Keycard, AuthScheme.Keycard));
        TokenRoutes.Map(new ApiEndpoints(app, runtime, ApiFamily.Keycard, AuthScheme.None));
        ControlRoutes.Map(app, new EmulatorControl(runtime));
        app.Map("{**path}", (RequestDelegate)ApiEndpoints.NotFound);
    }

    private static StartupReport InitializeState(EmulatorRuntime runtime)
    {
        EmulatorOptions options = runtime.Options;
        EmulatorStore store = runtime.Store;
        StateSnapshot? loaded = options.StateFile is null ? null : StateFile.Load(options.StateFile);
        bool secretGenerated = false;
        lock (store.Gate)
        {
            string keyId;
            string secret;
            if (loaded is not null)
            {
                StateMapper.Restore(store, loaded);
                KeyRecord first = loaded.AccountKeys[0];
                (keyId, secret) = options.AccountKeyId is null ? (first.Id, first.Secret) : (options.AccountKeyId, options.AccountSecret ?? "");
                if (options.AccountKeyId is not null && store.FindKey(keyId) is null)
                {
                    if (options.AccountSecret is null) { secret = Ids.SunshineSecret(); secretGenerated = true; }
                    store.AddAccountKey(keyId, secret);
                }
                else if (options.AccountKeyId is not null) secret = store.FindKey(keyId)!.Secret;
                foreach (OrganizationSeed seed in options.Organizations)
                {
                    if (store.FindOrganization(seed.Id) is null) Seeder.SeedOrganization(store, seed);
                }
            }
            else
            {
                keyId = options.AccountKeyId ?? "act_" + Ids.Hex24();
                secretGenerated = options.AccountSecret is null;
                secret = options.AccountSecret ?? Ids.SunshineSecret();
                Seeder.SeedFresh(store, options, keyId, secret);
            }
            runtime.Baseline = StateMapper.Capture(store);
            return new StartupReport(
                keyId, secret, secretGenerated, loaded is not null,
                store.Apps.All().Select(Seeder.Describe).ToList(),
                store.Organizations.All().Select(Seeder.Describe).OfType<SeededOrganization>().ToList());
        }
    }

    private static void Validate(EmulatorOptions options)
    {
        if (options.AccountKeyId is not null && !(options.AccountKeyId.StartsWith("act_", StringComparison.Ordinal) && Ids.IsHex24(options.AccountKeyId.AsSpan(4))))
            throw new ArgumentException("AccountKeyId must be \"act_\" followed by 24 lowercase hex characters.", nameof(options));
        if (options.AccountSecret is { Length: 0 }) throw new ArgumentException("AccountSecret must not be empty.", nameof(options));
        if (options.Apps < 0) throw new ArgumentException("Apps must not be negative.", nameof(options));
        if (options.CustomIntegrationsPerApp < 0) throw new ArgumentException("CustomIntegrationsPerApp must not be negative.", nameof(options));
        if (options.Latency < TimeSpan.Zero) throw new ArgumentException("Latency must not be negative.", nameof(options));
        if (options.TokenLifetime <= TimeSpan.Zero) throw new ArgumentException("TokenLifetime must be positive.", nameof(options));
        if (options.JournalCapacity < 1) throw new ArgumentException("JournalCapacity must be at least 1.", nameof(options));
        foreach (OrganizationSeed seed in options.Organizations)
        {
            if (string.IsNullOrWhiteSpace(seed.Id) || seed.Id.Length > 255 || seed.Id.Contains('/'))
                throw new ArgumentException($"Organization id '{seed.Id}' must be 1 to 255 characters without '/'.", nameof(options));
        }
        if (!LoopbackUrls.AllLoopback(options.Urls, out string? offending))
        {
            if (!options.AllowNonLoopback)
                throw new InvalidOperationException($"Refusing to bind '{offending}': the emulator serves test credentials and binds to loopback only. Set AllowNonLoopback (--allow-non-loopback) to override.");
            TextWriter log = options.Log ?? Console.Error;
            log.WriteLine($"WARNING: the emulator is bound to '{offending}', which is NOT loopback. Anyone who can reach it can use its test credentials.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        try
        {
            await _app.StopAsync();
        }
        finally
        {
            if (_persister is not null) await _persister.DisposeAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>What start-up produced, for the CLI banner (secrets only when generated in this run).</summary>
internal sealed record StartupReport(string AccountKeyId, string AccountSecret, bool AccountSecretGenerated, bool LoadedFromStateFile,
    IReadOnlyList<SeededApp> Apps, IReadOnlyList<SeededOrganization> Organizations);
