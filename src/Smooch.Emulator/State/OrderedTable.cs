using System;
using System.Collections.Generic;

namespace Smooch.Emulator.State;

internal interface IHasId
{
    string Id { get; }
}

/// <summary>
/// Items in creation order with O(1) lookup by id, O(log n) cursor seek, O(page) paging and O(1) removal.
/// Removed ids stay known as cursors, so a client that deletes while it pages still gets the next page.
/// Not thread-safe: the store's lock guards it.
/// </summary>
internal sealed class OrderedTable<T> where T : class, IHasId
{
    private sealed class Entry(long sequence, T item)
    {
        public long Sequence { get; } = sequence;
        public T? Item { get; set; } = item;
    }

    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private List<Entry> _order = new();
    private long _nextSequence;
    private int _holes;

    public int Count { get; private set; }

    public T? Find(string id) => _byId.TryGetValue(id, out Entry? entry) ? entry.Item : null;

    public void Add(T item)
    {
        var entry = new Entry(_nextSequence++, item);
        _byId[item.Id] = entry;
        _order.Add(entry);
        Count++;
    }

    public void Clear()
    {
        _byId.Clear();
        _order.Clear();
        _holes = 0;
        Count = 0;
    }

    public bool Remove(string id)
    {
        if (!_byId.TryGetValue(id, out Entry? entry) || entry.Item is null)
        {
            return false;
        }

        entry.Item = null;   // the id stays a valid cursor
        Count--;
        _holes++;
        if (_holes > 1024 && _holes > Count)
        {
            Compact();
        }

        return true;
    }

    public IEnumerable<T> All()
    {
        foreach (Entry entry in _order)
        {
            if (entry.Item is not null)
            {
                yield return entry.Item;
            }
        }
    }

    /// <summary>Offset paging: up to <paramref name="limit"/> live items after skipping <paramref name="offset"/>.</summary>
    public List<T> Slice(int offset, int limit, out bool hasMore)
    {
        if (_holes > 0)
        {
            Compact();
        }

        var page = new List<T>(Math.Max(0, Math.Min(limit, Count - offset)));
        for (int i = offset; i < _order.Count && page.Count < limit; i++)
        {
            page.Add(_order[i].Item!);
        }

        hasMore = offset + page.Count < _order.Count;
        return page;
    }

    /// <summary>True when the id was ever in the table (live or removed), i.e. it is a usable cursor.</summary>
    public bool IsKnownCursor(string id) => _byId.ContainsKey(id);

    /// <summary>Cursor paging. <paramref name="after"/> and <paramref name="before"/> are ids (live or removed); at most one is set.</summary>
    public List<T> Page(string? after, string? before, int limit, out bool hasNext, out bool hasPrevious)
    {
        var page = new List<T>(Math.Min(limit, Count));
        if (before is not null)
        {
            int end = FirstIndexAtOrAfter(_byId[before].Sequence);      // exclusive
            int i = end - 1;
            for (; i >= 0 && page.Count < limit; i--)
            {
                if (_order[i].Item is { } item)
                {
                    page.Add(item);
                }
            }
            page.Reverse();
            hasPrevious = AnyLive(i, -1);
            hasNext = AnyLive(end, +1);
            return page;
        }

        int start = after is null ? 0 : FirstIndexAtOrAfter(_byId[after].Sequence + 1);
        int j = start;
        for (; j < _order.Count && page.Count < limit; j++)
        {
            if (_order[j].Item is { } item)
            {
                page.Add(item);
            }
        }
        hasNext = AnyLive(j, +1);
        hasPrevious = AnyLive(start - 1, -1);
        return page;
    }

    private bool AnyLive(int from, int step)
    {
        for (int i = from; i >= 0 && i < _order.Count; i += step)
        {
            if (_order[i].Item is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Index of the first entry whose sequence is at least <paramref name="sequence"/> (binary search; entries are in sequence order).</summary>
    private int FirstIndexAtOrAfter(long sequence)
    {
        int low = 0, high = _order.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (_order[mid].Sequence < sequence)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }

    private void Compact()
    {
        var live = new List<Entry>(Count);
        foreach (Entry entry in _order)
        {
            if (entry.Item is not null)
            {
                live.Add(entry);
            }
        }
        _order = live;
        _holes = 0;
    }
}
