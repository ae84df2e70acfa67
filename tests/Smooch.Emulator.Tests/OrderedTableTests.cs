using System.Collections.Generic;
using System.Linq;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Tests;

public sealed class OrderedTableTests
{
    private sealed record Item(string Id) : IHasId;

    private static OrderedTable<Item> Table(int count)
    {
        var table = new OrderedTable<Item>();
        for (int i = 0; i < count; i++)
        {
            table.Add(new Item("i" + i));
        }

        return table;
    }

    private static string[] Ids(IEnumerable<Item> items) => items.Select(i => i.Id).ToArray();

    [Fact]
    public void Cursor_pages_survive_removal_of_the_cursor_item_and_compaction()
    {
        OrderedTable<Item> table = Table(3000);
        for (int i = 0; i < 2500; i++)
        {
            table.Remove("i" + i);   // forces compaction
        }

        Assert.Equal(500, table.Count);
        List<Item> page = table.Page("i1200", null, 3, out bool hasNext, out bool hasPrevious);
        Assert.Equal(new[] { "i2500", "i2501", "i2502" }, Ids(page));
        Assert.True(hasNext);
        Assert.False(hasPrevious);
        List<Item> before = table.Page(null, "i2999", 2, out hasNext, out hasPrevious);
        Assert.Equal(new[] { "i2997", "i2998" }, Ids(before));
        Assert.True(hasNext);
        Assert.True(hasPrevious);
    }

    [Fact]
    public void Offset_slices_skip_removed_items()
    {
        OrderedTable<Item> table = Table(10);
        table.Remove("i1");
        table.Remove("i4");
        List<Item> slice = table.Slice(2, 3, out bool hasMore);
        Assert.Equal(new[] { "i3", "i5", "i6" }, Ids(slice));
        Assert.True(hasMore);
        Assert.Empty(table.Slice(8, 5, out hasMore));
        Assert.False(hasMore);
    }

    [Fact]
    public void Removed_ids_stay_known_as_cursors_but_not_as_items()
    {
        OrderedTable<Item> table = Table(2);
        Assert.True(table.Remove("i0"));
        Assert.False(table.Remove("i0"));
        Assert.Null(table.Find("i0"));
        Assert.True(table.IsKnownCursor("i0"));
        Assert.False(table.IsKnownCursor("zz"));
    }
}
