using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Tests.Unit;

/// <summary>A test double of the cmdlet host: records what the logic writes.</summary>
internal sealed class RecordingHost : ICmdletHost
{
    public CancellationTokenSource Cancellation { get; } = new CancellationTokenSource();

    public CancellationToken CancellationToken => Cancellation.Token;

    public List<object> Objects { get; } = new List<object>();

    public List<ErrorRecord> Errors { get; } = new List<ErrorRecord>();

    public List<ProgressRecord> Progress { get; } = new List<ProgressRecord>();

    public int Flushes { get; private set; }

    public void WriteObject(object item) => Objects.Add(item);

    public void WriteError(ErrorRecord error) => Errors.Add(error);

    public void WriteProgress(ProgressRecord progress) => Progress.Add(progress);

    public IDisposable RouteRequestLog() => new Nothing();

    public void FlushRequestLog() => Flushes++;

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
