using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Emulator.Hosting;

/// <summary>
/// Lets an emulator started by a test host end with it (--exit-with PID): a host that is killed, or that ends without
/// disposing its fixtures, would otherwise leave the emulator running.
/// </summary>
internal static class ParentWatch
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Completes once no process with <paramref name="processId"/> runs (at once if none does).</summary>
    public static async Task ExitedAsync(int processId, CancellationToken cancellationToken = default)
    {
        // Polled: waiting on a process that is not our child is not supported everywhere.
        while (IsRunning(processId))
        {
            await Task.Delay(s_pollInterval, cancellationToken);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using Process process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
