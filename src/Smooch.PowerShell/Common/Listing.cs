using System;
using System.Collections.Generic;

namespace Smooch.PowerShell.Common;

/// <summary>
/// The one get-or-list path of every Get. An input alone on its command line streams page by page and stops
/// fetching once -First is satisfied. Many inputs (an array or the pipeline) of a Get with -ThrottleLimit run
/// concurrently through the bulk pipeline and are written in input order. Either way through -Skip/-First.
/// </summary>
/// <param name="throttleLimit">-ThrottleLimit of a Get that lists many inputs at once; null: each input streams in turn.</param>
internal sealed class Listing(SmoochCmdlet cmdlet, string activity, int? throttleLimit) : IDisposable
{
    private readonly PagedOutput _output = new PagedOutput(cmdlet.PagingParameters, cmdlet.WriteObject);
    private BulkPipeline<IGetOrList, IReadOnlyList<object>>? _bulk;

    /// <summary>The inputs of one ProcessRecord.</summary>
    public void Write(IReadOnlyList<IGetOrList> inputs)
    {
        if (throttleLimit is null || (inputs.Count == 1 && !cmdlet.MyInvocation.ExpectingInput))
        {
            foreach (IGetOrList input in inputs)
            {
                cmdlet.ForInput(input.Target, () => input.WriteTo(_output, cmdlet.Calls));
            }

            return;
        }

        _bulk ??= new BulkPipeline<IGetOrList, IReadOnlyList<object>>(cmdlet, (input, ct) => input.CollectAsync(ct), WriteCollected, input => input.Target, throttleLimit.Value, activity);
        foreach (IGetOrList input in inputs)
        {
            cmdlet.Calls.StopIfCancelled(() => _bulk.Add(input));
        }
    }

    /// <summary>EndProcessing: the rest of the concurrent inputs, then the total count if asked.</summary>
    public void Complete()
    {
        if (_bulk is not null)
        {
            cmdlet.Calls.StopIfCancelled(_bulk.Complete);
        }

        _output.WriteTotalCountIfAsked();
    }

    public void Dispose() => _bulk?.Dispose();

    private void WriteCollected(IGetOrList input, IReadOnlyList<object> models)
    {
        foreach (object model in models)
        {
            _output.Write(model);
        }
    }
}
