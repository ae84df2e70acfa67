using System;
using System.Collections.Generic;

namespace Smooch.Emulator.Control;

/// <summary>The most recent API requests (method, path, query, status, ms, fault) in a fixed-capacity ring; never bodies or headers.</summary>
internal sealed class RequestJournal(int capacity)
{
    private readonly object _gate = new();
    private readonly JournalEntry[] _ring = new JournalEntry[Math.Max(1, capacity)];
    private int _start, _count;

    public void Add(JournalEntry entry)
    {
        lock (_gate)
        {
            int index = (_start + _count) % _ring.Length;
            _ring[index] = entry;
            if (_count < _ring.Length)
            {
                _count++;
            }
            else
            {
                _start = (_start + 1) % _ring.Length;
            }
        }
    }

    public IReadOnlyList<JournalEntry> Snapshot()
    {
        lock (_gate)
        {
            var copy = new JournalEntry[_count];
            for (int i = 0; i < _count; i++)
            {
                copy[i] = _ring[(_start + i) % _ring.Length];
            }

            return copy;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
            _start = 0;
            _count = 0;
        }
    }
}
