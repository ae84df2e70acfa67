using System.Collections.Concurrent;
using System.Linq;

namespace Smooch.Client.Tests.Support;

internal sealed class CapturingLog : ISmoochRequestLog
{
    public ConcurrentQueue<RequestLogEntry> Entries { get; } = new ConcurrentQueue<RequestLogEntry>();

    public void Record(RequestLogEntry entry)
    {
        Entries.Enqueue(entry);
    }

    /// <summary>Every property of every entry as text, for redaction checks.</summary>
    public string AllText()
    {
        return string.Join("\n", Entries.Select(e => string.Join("|", e.Method, e.Path, e.StatusCode, e.Attempt, e.Elapsed, e.Outcome, e.ToString())));
    }
}
