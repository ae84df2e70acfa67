using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Smooch.Emulator.Hosting;

namespace Smooch.Emulator.Tests;

public sealed class ParentWatchTests
{
    [Fact]
    public void Exit_with_flag_names_the_process_to_follow()
    {
        EmulatorOptions options = CommandLine.Parse(new[] { "--exit-with", "4242" }, _ => null)!;

        Assert.Equal(4242, options.ExitWithProcessId);
        Assert.Null(CommandLine.Parse(Array.Empty<string>(), _ => null)!.ExitWithProcessId);
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(new[] { "--exit-with", "me" }, _ => null));
    }

    [Fact]
    public async Task Completes_once_the_followed_process_has_ended()
    {
        using Process child = Process.Start(new ProcessStartInfo("sleep", "1") { UseShellExecute = false })!;

        Task exited = ParentWatch.ExitedAsync(child.Id);

        Assert.False(exited.IsCompleted);
        Assert.Same(exited, await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(20))));
    }

    [Fact]
    public async Task Keeps_waiting_while_the_followed_process_runs()
    {
        Task exited = ParentWatch.ExitedAsync(Environment.ProcessId);

        Assert.NotSame(exited, await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(1.5))));
    }
}
