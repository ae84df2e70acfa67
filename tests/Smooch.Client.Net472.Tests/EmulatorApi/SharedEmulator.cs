using System;
using System.Threading;
using Xunit.Abstractions;
using Xunit.Sdk;

// One emulator process serves the whole run, so test classes must not run at the same time (each one resets it).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: TestFramework("Smooch.Client.Tests.EmulatorApi.SharedEmulatorFramework", "Smooch.Client.Net472.Tests")]

namespace Smooch.Client.Tests.EmulatorApi;

/// <summary>The run's one emulator process, started when a test first needs it.</summary>
public static class SharedEmulator
{
    private static readonly Lazy<EmulatorProcess> s_process = new Lazy<EmulatorProcess>(EmulatorProcess.Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static EmulatorProcess Instance => s_process.Value;

    public static void StopIfStarted()
    {
        if (s_process.IsValueCreated)
        {
            s_process.Value.Dispose();
        }
    }
}

/// <summary>
/// xunit 2 has no assembly-wide fixture; its test framework object lives exactly as long as the run, so disposing it
/// is the place to stop the shared emulator. (The net10.0 test classes linked here take IClassFixture&lt;EmulatorFixture&gt;,
/// so a collection fixture cannot reach them.)
/// </summary>
public sealed class SharedEmulatorFramework : XunitTestFramework
{
    public SharedEmulatorFramework(IMessageSink messageSink)
        : base(messageSink)
    {
        DisposalTracker.Add(new Stopper());
    }

    private sealed class Stopper : IDisposable
    {
        public void Dispose() => SharedEmulator.StopIfStarted();
    }
}
