using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Emulator;
using Smooch.Emulator.Hosting;

EmulatorOptions? options;
try
{
    options = CommandLine.Parse(args, Environment.GetEnvironmentVariable);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
if (options is null)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

SmoochEmulator emulator;
try
{
    emulator = await SmoochEmulator.StartAsync(options);
}
catch (Exception e) when (e is InvalidDataException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

await using (emulator)
{
    Banner.Write(Console.Out, emulator, options);
    var stopped = new TaskCompletionSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stopped.TrySetResult();
    };
    AppDomain.CurrentDomain.ProcessExit += (_, _) => stopped.TrySetResult();
    Task parentExited = options.ExitWithProcessId is int parent ? ParentWatch.ExitedAsync(parent) : Task.Delay(Timeout.Infinite);
    await Task.WhenAny(stopped.Task, emulator.WaitForShutdownAsync(), parentExited);
}
return 0;
