namespace Smooch.PowerShell.Common;

/// <summary>-Skip/-First over a stream of results (SupportsPaging); counts everything it was offered for -IncludeTotalCount.</summary>
internal sealed class OutputPager
{
    private readonly ulong _skip;
    private readonly ulong _first;
    private ulong _written;

    public OutputPager(ulong skip = 0, ulong first = ulong.MaxValue)
    {
        _skip = skip;
        _first = first;
    }

    public ulong Offered { get; private set; }

    /// <summary>True once -First items were written: the caller may stop fetching.</summary>
    public bool IsFull => _written >= _first;

    /// <summary>Whether <paramref name="item"/> is to be written (it is counted either way).</summary>
    public bool Take()
    {
        Offered++;
        if (Offered <= _skip || IsFull)
        {
            return false;
        }

        _written++;
        return true;
    }
}
