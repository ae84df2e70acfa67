using System;
using System.IO;
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
        get => TimeSpan.FromTicks(System.Threading.Interlocked.Read(ref _latencyTicks));
        set => System.Threading.Interlocked.Exchange(ref _latencyTicks, Math.Max(0, value.Ticks));
    }

    /// <summary>The state right after seeding/loading; Reset returns to it.</summary>
    public StateSnapshot? Baseline { get; set; }
}
