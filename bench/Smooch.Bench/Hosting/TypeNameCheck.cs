using System;

namespace Smooch.Bench.Hosting;

/// <summary>
/// Fails the run when the type-name list of an object the module writes grows with repeated calls. Get-SmoochSession
/// writes the same Session object every time, and PowerShell keeps type names across wrappers of one base object,
/// so a name inserted on every write piles up (and slows every later call).
/// </summary>
internal static class TypeNameCheck
{
    public static void Run(SmoochRunspace shell, Report report, int calls)
    {
        var first = TypeNameCount(shell);
        var last = first;
        for (var call = 1; call < calls; call++)
        {
            last = TypeNameCount(shell);
        }

        report.Add("cmdlet_session_type_names", last, "names");
        if (last != first)
        {
            throw new InvalidOperationException(
                $"the type-name list grew: Get-SmoochSession's object had {first} type names at the first call and {last} after {calls} calls");
        }
    }

    private static int TypeNameCount(SmoochRunspace shell)
    {
        var output = shell.Invoke("Get-SmoochSession", ("Api", "Sunshine"));
        if (output.Count != 1)
        {
            throw new InvalidOperationException($"Get-SmoochSession -Api Sunshine wrote {output.Count} objects, not 1");
        }

        return output[0].TypeNames.Count;
    }
}
