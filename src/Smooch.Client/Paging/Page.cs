using System.Collections.Generic;

namespace Smooch.Client.Paging;

/// <summary>One page of items and where the next one starts (null = this was the last page).</summary>
internal sealed class Page<T>
{
    public Page(IReadOnlyList<T> items, string? next)
    {
        Items = items;
        Next = next;
    }

    public IReadOnlyList<T> Items { get; }

    public string? Next { get; }
}
