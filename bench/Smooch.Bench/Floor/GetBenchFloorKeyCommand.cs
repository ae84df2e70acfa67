using System;
using System.Management.Automation;

namespace Smooch.Bench.Floor;

/// <summary>
/// The engine's own floor for the cmdlet scenario (bench only, never shipped): a compiled cmdlet with the parameters
/// of Get-SmoochAppKey (same types, positions, pipeline binding and kinds of validation; -Session untyped) that
/// writes one cached object. Whatever it costs per call, no cmdlet of any module can cost less.
/// </summary>
[Cmdlet(VerbsCommon.Get, "BenchFloorKey", SupportsPaging = true)]
public class GetBenchFloorKeyCommand : PSCmdlet
{
    /// <summary>What every call writes; the scenario sets it once to the key it fetched.</summary>
    public static object Output { get; set; } = new object();

    [Parameter]
    [ValidateNotNull]
    public object? Session { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLength(1, 256)]
    public string[] AppId { get; set; } = Array.Empty<string>();

    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ValidateLength(1, 256)]
    public string? KeyId { get; set; }

    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    protected override void ProcessRecord() => WriteObject(Produce());

    /// <summary>What one call writes.</summary>
    protected virtual object Produce() => Output;
}
