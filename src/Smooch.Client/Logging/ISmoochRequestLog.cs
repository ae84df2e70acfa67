namespace Smooch.Client;

/// <summary>Receives one redacted entry per HTTP attempt (used by the cmdlets for Verbose/Debug output).</summary>
public interface ISmoochRequestLog
{
    /// <summary>Called after each attempt; may be called concurrently from several threads.</summary>
    void Record(RequestLogEntry entry);
}
