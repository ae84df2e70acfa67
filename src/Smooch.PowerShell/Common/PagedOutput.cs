using System;
using System.Management.Automation;

namespace Smooch.PowerShell.Common;

/// <summary>The output of a Get with SupportsPaging: every model goes through -Skip/-First; -IncludeTotalCount at the end.</summary>
internal sealed class PagedOutput(PagingParameters? paging, Action<object> writeObject)
{
    private readonly OutputPager _pager = paging is null ? new OutputPager() : new OutputPager(paging.Skip, paging.First);

    /// <summary>True once nothing more will be written and nothing more needs counting: stop fetching.</summary>
    public bool IsDone => _pager.IsFull && !CountAll;

    /// <summary>Writes <paramref name="model"/> unless -Skip or -First drops it (it is counted either way).</summary>
    public void Write(object model)
    {
        if (_pager.Take())
        {
            writeObject(OutputObjects.Wrap(model));
        }
    }

    public void WriteTotalCountIfAsked()
    {
        if (CountAll)
        {
            writeObject(paging!.NewTotalCount(_pager.Offered, 1.0));
        }
    }

    private bool CountAll => paging?.IncludeTotalCount == true;
}
