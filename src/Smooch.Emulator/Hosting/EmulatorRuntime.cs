using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Control;
using Smooch.Emulator.Faults;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Hosting;

/// <summary>Everything one emulator instance shares between its pipeline, routes and control surface.</summary>
internal sealed class EmulatorRuntime
{
    public EmulatorRuntime(EmulatorOptions options)
    {
        Options = options;
        Store = new EmulatorStore(options.TimeProvider);
        Journal = new RequestJournal(options.JournalCapacity);
        Latency = options.Latency;
        Log = options.Log ?? Console.Out;
    }

    public EmulatorOptions Options { get; }
    public EmulatorStore Store { get; }
    public FaultRegistry Faults { get; } = new();
    public RequestJournal Journal { get; }
    public ConcurrencyGauge Concurrency { get; } = new();
    public TextWriter Log { get; }

    private long _latencyTicks;
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set => Interlocked.Exchange(ref _latencyTicks, Math.Max(0, value.Ticks));
    }

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Ends artificial waits, so they never hold up disposal.</summary>
    public void SignalStopping() => _stopping.Cancel();

    /// <summary>Waits for artificial latency or a Delay fault; false when the client left or the emulator is stopping.</summary>
    public async Task<bool> WaitAsync(TimeSpan delay, HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await Task.Delay(delay, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            context.Abort();
            return false;
        }
    }

    /// <summary>The state right after seeding/loading; Reset returns to it.</summary>
    public StateSnapshot? Baseline { get; set; }
}
