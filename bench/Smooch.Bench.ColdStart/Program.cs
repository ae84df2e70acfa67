using System;
using System.Diagnostics;
using System.Security;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.Client.Authentication;

namespace Smooch.Bench.ColdStart;

/// <summary>
/// Connects and lists the keys of one app, then prints "ok &lt;ms since process start&gt;". Everything comes from
/// SMOOCH_BENCH_* variables set by Smooch.Bench (an emulator's address and generated account key).
/// With --runtime-only it prints at once, for the runtime's own share of the start.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--runtime-only")
        {
            // The baseline: the same process start without touching Smooch.Client.
            Console.WriteLine($"ok {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:0} 0");
            return 0;
        }

        var secret = new SecureString();
        foreach (var c in Required("SMOOCH_BENCH_SECRET"))
        {
            secret.AppendChar(c);
        }

        secret.MakeReadOnly();
        using var session = new SmoochSession(new SmoochSessionOptions
        {
            BaseAddress = new Uri(Required("SMOOCH_BENCH_BASE_URI")),
            Authenticator = new BasicKeyAuthenticator(Required("SMOOCH_BENCH_KEY_ID"), secret),
        });

        var keys = 0;
        await foreach (var key in session.AppKeys.ListAsync(Required("SMOOCH_BENCH_APP_ID")))
        {
            keys++;
        }

        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine($"ok {sinceStart.TotalMilliseconds:0} {keys}");
        return 0;
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set");
}
