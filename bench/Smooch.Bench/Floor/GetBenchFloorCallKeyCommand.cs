using System;
using System.Management.Automation;

namespace Smooch.Bench.Floor;

/// <summary>
/// The floor of the cmdlet scenario with the client call in it (bench only, never shipped): Get-BenchFloorKey that
/// first blocks on <see cref="Fetch"/>, the same client call as the client_blocking side, then writes the cached
/// object. What any compiled cmdlet making that call pays; what Get-SmoochAppKey costs beyond it is the module's own.
/// </summary>
[Cmdlet(VerbsCommon.Get, "BenchFloorCallKey", SupportsPaging = true)]
public sealed class GetBenchFloorCallKeyCommand : GetBenchFloorKeyCommand
{
    /// <summary>The blocking client call; the scenario sets it once.</summary>
    public static Func<object> Fetch { get; set; } = () => new object();

    protected override object Produce()
    {
        Fetch();
        return Output;
    }
}
