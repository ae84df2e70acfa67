using System;
using System.Collections.Generic;
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

namespace Smooch.Emulator;

/// <summary>A running emulator: Kestrel on loopback serving the four API families and /_emulator control endpoints.</summary>
public sealed class SmoochEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorRuntime _runtime;
    private readonly StatePersister? _persister;
    private int _disposed;

    private SmoochEmulator(WebApplication app, EmulatorRuntime runtime, EmulatorControl control, StatePersister? persister, Uri baseAddress, StartupReport report)
    {
        _app = app;
        _runtime = runtime;
        _persister = persister;
        BaseAddress = baseAddress;
        Control = control;
        Report = report;
    }

    public Uri BaseAddress { get; }
    public string AccountKeyId => Report.AccountKeyId;
    public string AccountSecret => Report.AccountSecret;
    public IReadOnlyList<SeededApp> Apps => Report.Apps;
    public IReadOnlyList<SeededOrganization> Organizations => Report.Organizations;
    public EmulatorControl Control { get; }

    internal StartupReport Report { get; }

    public static async Task<SmoochEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        OptionsValidator.Validate(options);
        var runtime = new EmulatorRuntime(options);
        StartupReport report = StateInitializer.Initialize(runtime);
        var control = new EmulatorControl(runtime);

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
        MapRoutes(app, runtime, control);

        StatePersister? persister = null;
        try
        {
            await app.StartAsync(cancellationToken);
            if (options.StateFile is not null)
            {
                persister = new StatePersister(runtime, options.StateFile);
            }
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        string address = app.Urls.First();
        var emulator = new SmoochEmulator(app, runtime, control, persister, new Uri(address.TrimEnd('/') + "/"), report);
        return emulator;
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C / SIGTERM for the CLI).</summary>
    internal Task WaitForShutdownAsync() => Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app);

    private static void MapRoutes(WebApplication app, EmulatorRuntime runtime, EmulatorControl control)
    {
        ServiceAccountRoutes.Map(new ApiEndpoints(app, runtime, ApiFamily.V1, AuthScheme.Sunshine));
        var v2 = new ApiEndpoints(app, runtime, ApiFamily.V2, AuthScheme.Sunshine);
        AppRoutes.Map(v2);
        AppKeyRoutes.Map(v2);
        IntegrationKeyRoutes.Map(v2);
        OrganizationRoutes.Map(new ApiEndpoints(app, runtime, ApiFamily.Organization, AuthScheme.Organization));
        TokenRoutes.Map(new ApiEndpoints(app, runtime, ApiFamily.Organization, AuthScheme.None));
        ControlRoutes.Map(app, control);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _runtime.SignalStopping();
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(deadline.Token);
        }
        finally
        {
            if (_persister is not null)
            {
                await _persister.DisposeAsync();
            }

            await _app.DisposeAsync();
        }
    }
}
