using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Tests.Unit
{
    /// <summary>A test double of the cmdlet host: records what the logic writes and answers ShouldProcess as told.</summary>
    internal sealed class RecordingHost : ICmdletHost
    {
        public RecordingHost(bool confirm = true) => Confirm = confirm;

        public bool Confirm { get; set; }

        public CancellationTokenSource Cancellation { get; } = new CancellationTokenSource();

        public CancellationToken CancellationToken => Cancellation.Token;

        public List<object> Objects { get; } = new List<object>();

        public List<ErrorRecord> Errors { get; } = new List<ErrorRecord>();

        public List<string> VerboseLines { get; } = new List<string>();

        public List<ProgressRecord> Progress { get; } = new List<ProgressRecord>();

        public List<(string Target, string Action)> Questions { get; } = new List<(string Target, string Action)>();

        public int Flushes { get; private set; }

        public void WriteObject(object item) => Objects.Add(item);

        public void WriteError(ErrorRecord error) => Errors.Add(error);

        public void WriteVerbose(string message) => VerboseLines.Add(message);

        public void WriteProgress(ProgressRecord progress) => Progress.Add(progress);

        public bool ShouldProcess(string target, string action)
        {
            Questions.Add((target, action));
            return Confirm;
        }

        public IDisposable RouteRequestLog() => new Nothing();

        public void FlushRequestLog() => Flushes++;

        private sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
