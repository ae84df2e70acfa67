using System;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Control;
using Smooch.Emulator.Faults;
using Smooch.Emulator.Hosting;

namespace Smooch.Emulator.Http;

/// <summary>
/// Wraps every request: control endpoints only for loopback callers; API requests get the concurrency gauge,
/// latency, fault injection, the journal and one log line (method, path, status, ms — never headers or bodies).
/// </summary>
internal sealed class ApiPipeline(EmulatorRuntime runtime)
{
    public const string ControlPrefix = "/_emulator";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments(ControlPrefix))
        {
            if (!IsLoopback(context.Connection.RemoteIpAddress))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            await next(context);
            return;
        }

        DateTimeOffset at = runtime.Store.Clock.GetUtcNow();
        long started = Stopwatch.GetTimestamp();
        ConcurrencyGauge.Visit visit = runtime.Concurrency.Enter();
        context.Response.OnStarting(() =>
        {
            visit.Answered();
            return Task.CompletedTask;
        });
        context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;   // lets clients report which request failed
        FaultRule? fault = null;
        try
        {
            TimeSpan latency = runtime.Latency;
            if (latency > TimeSpan.Zero && !await runtime.WaitAsync(latency, context))
            {
                return;
            }

            fault = runtime.Faults.TryTake(context.Request.Method, context.Request.Path.Value ?? "/");
            if (fault is null)
            {
                await HandleAsync(context, next);
            }
            else
            {
                await FaultInjector.ApplyAsync(context, fault, () => HandleAsync(context, next), runtime);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // client went away; nothing to answer
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // A bug must not take the emulator down: answer with the family's 500 body.
            ApiFamily family = ApiFamily.ForPath(context.Request.Path);
            context.Response.Clear();
            await JsonResponse.WriteErrorAsync(context, family, family.Errors.Vocabulary.Describe(Errors.StandardError.ServerError, null));
        }
        finally
        {
            Record(context, at, Stopwatch.GetElapsedTime(started).TotalMilliseconds, fault);
            visit.Exit(); // after the journal entry, so "none in flight" means "all journaled"
        }
    }

    /// <summary>Routing answers unknown paths (404) and known paths with another method (405) without a body; add the family's.</summary>
    private static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (context.Response.HasStarted || context.Response.StatusCode is not (404 or 405))
        {
            return;
        }

        ApiFamily family = ApiFamily.ForPath(context.Request.Path);
        Errors.ApiError error = context.Response.StatusCode == 404
            ? family.Errors.Vocabulary.Describe(Errors.StandardError.NotFound, null)
            : new Errors.ApiError(405, "method_not_allowed", "Method not allowed");
        await JsonResponse.WriteErrorAsync(context, family, error);
    }

    private void Record(HttpContext context, DateTimeOffset at, double milliseconds, FaultRule? fault)
    {
        // A dropped connection never answered, whatever the response object still says (a POST's abort is not always
        // visible in RequestAborted by the time the journal entry is written).
        bool aborted = fault?.Kind is FaultKind.DropConnection or FaultKind.DropResponse || (context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted);
        int status = aborted ? 0 : context.Response.StatusCode;
        string method = context.Request.Method;
        string path = context.Request.Path.Value ?? "/";
        string? faultName = fault?.Kind.ToString();
        // The query shows tests which filters and cursors a client sent; the token endpoint's is left out, as credentials
        // could travel there.
        string query = context.Request.Path.StartsWithSegments("/service-account-token") ? string.Empty : context.Request.QueryString.Value ?? string.Empty;
        runtime.Journal.Add(new JournalEntry(at, method, path, status, milliseconds, faultName, query));
        if (runtime.Options.LogRequests)
        {
            string line = string.Create(CultureInfo.InvariantCulture, $"{method} {path} {status} {milliseconds:0.0}ms{(faultName is null ? "" : " fault=" + faultName)}");
            lock (runtime.Log)
            {
                runtime.Log.WriteLine(line);
            }
        }
    }

    private static bool IsLoopback(IPAddress? address) => address is null || IPAddress.IsLoopback(address);
}
