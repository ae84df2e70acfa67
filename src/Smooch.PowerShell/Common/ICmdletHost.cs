using System.Management.Automation;
using System.Threading;

namespace Smooch.PowerShell.Common;

/// <summary>
/// What the bulk pipeline needs from PowerShell. <see cref="SmoochCmdlet"/> implements it on the pipeline
/// thread; tests implement it with a recording double, so the logic runs without an engine.
/// </summary>
internal interface ICmdletHost
{
    CancellationToken CancellationToken { get; }

    void WriteObject(object item);

    void WriteError(ErrorRecord error);

    void WriteProgress(ProgressRecord progress);

    /// <summary>Client calls started before disposal log their requests to this host (see <see cref="FlushRequestLog"/>).</summary>
    System.IDisposable? RouteRequestLog();

    /// <summary>Writes the request-log entries that arrived meanwhile; called on the pipeline thread.</summary>
    void FlushRequestLog();
}
