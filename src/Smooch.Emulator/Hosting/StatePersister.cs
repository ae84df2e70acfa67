using System;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Hosting;

/// <summary>Saves the state file shortly after changes (debounced) and once more at shutdown.</summary>
internal sealed class StatePersister : IAsyncDisposable
{
    private readonly EmulatorRuntime _runtime;
    private readonly string _path;
    private readonly CancellationTokenSource _stop = new();
    private readonly object _saveGate = new();   // one writer at a time (timer loop vs. dispose)
    private readonly Task _loop;
    private long _savedVersion;

    public StatePersister(EmulatorRuntime runtime, string path)
    {
        _runtime = runtime;
        _path = path;
        _savedVersion = -1;
        Save(throwOnError: true);   // at start: the file exists afterwards, and an unwritable path fails the start
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            do
            {
                SaveIfChanged();
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void SaveIfChanged() => Save(throwOnError: false);

    private void Save(bool throwOnError)
    {
        StateSnapshot snapshot;
        long version;
        lock (_runtime.Store.Gate)
        {
            version = _runtime.Store.Version;
            if (version == Interlocked.Read(ref _savedVersion))
            {
                return;
            }

            snapshot = StateMapper.Capture(_runtime.Store);
        }
        lock (_saveGate)
        {
            try
            {
                StateFile.Save(_path, snapshot);
                Interlocked.Exchange(ref _savedVersion, version);
            }
            catch (Exception e) when (!throwOnError && e is System.IO.IOException or UnauthorizedAccessException)
            {
                lock (_runtime.Log)
                {
                    _runtime.Log.WriteLine($"warning: could not save the state file '{_path}': {e.Message}");
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        await _loop;
        SaveIfChanged();
        _stop.Dispose();
    }
}
