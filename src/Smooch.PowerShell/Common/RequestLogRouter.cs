using System;
using System.Collections.Concurrent;
using System.Threading;
using Smooch.Client;

namespace Smooch.PowerShell.Common;

/// <summary>
/// The request log every session of the module is created with. A client call records its attempts on
/// whatever thread it runs; the entries go to the queue of the cmdlet that started the call (an
/// AsyncLocal flows with the call), and that cmdlet writes them as Verbose on its pipeline thread.
/// </summary>
internal sealed class RequestLogRouter : ISmoochRequestLog
{
    public static readonly RequestLogRouter Instance = new RequestLogRouter();

    private static readonly AsyncLocal<ConcurrentQueue<RequestLogEntry>?> s_sink = new AsyncLocal<ConcurrentQueue<RequestLogEntry>?>();

    private RequestLogRouter()
    {
    }

    public void Record(RequestLogEntry entry) => s_sink.Value?.Enqueue(entry);

    /// <summary>Routes the entries of calls started until disposal to <paramref name="queue"/>.</summary>
    public static IDisposable Capture(ConcurrentQueue<RequestLogEntry> queue)
    {
        var previous = s_sink.Value;
        s_sink.Value = queue;
        return new Restore(previous);
    }

    public static string Describe(RequestLogEntry entry)
    {
        string status = entry.StatusCode.HasValue ? entry.StatusCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no response";
        string retry = entry.Attempt > 1 ? $", retry {entry.Attempt - 1}" : string.Empty;
        return $"{entry.Method} {entry.Path} -> {status} in {entry.Elapsed.TotalMilliseconds:0} ms ({entry.Outcome}{retry})";
    }

    private sealed class Restore : IDisposable
    {
        private readonly ConcurrentQueue<RequestLogEntry>? _previous;

        public Restore(ConcurrentQueue<RequestLogEntry>? previous) => _previous = previous;

        public void Dispose() => s_sink.Value = _previous;
    }
}
