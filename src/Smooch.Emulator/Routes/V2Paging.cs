using System;
using System.Collections.Generic;
using System.Text.Json;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>v2 list paging: page[size] (1–100, default 25), page[after] / page[before] item ids; meta.hasMore and cursors.</summary>
internal static class V2Paging
{
    public static List<T> Page<T>(ApiCall call, IReadOnlyList<T> visible, out bool hasMore) where T : IHasId
    {
        int size = call.IntQuery("page[size]", 25, 1, Limits.MaxPageSize);
        string? after = call.Query("page[after]");
        string? before = call.Query("page[before]");
        if (after is not null && before is not null) throw ApiException.BadRequest("page[after] and page[before] cannot be combined");
        int start = 0, end = visible.Count;
        if (after is not null) start = IndexOf(visible, after) + 1;
        if (before is not null)
        {
            end = IndexOf(visible, before);
            start = Math.Max(0, end - size);
        }
        int stop = Math.Min(end, start + size);
        var page = new List<T>(Math.Max(0, stop - start));
        for (int i = start; i < stop; i++) page.Add(visible[i]);
        hasMore = before is null ? stop < visible.Count : start > 0;
        return page;
    }

    public static void WriteMeta<T>(Utf8JsonWriter w, List<T> page, bool hasMore) where T : IHasId
    {
        w.WriteStartObject("meta");
        w.WriteBoolean("hasMore", hasMore);
        if (page.Count > 0)
        {
            w.WriteString("beforeCursor", page[0].Id);
            w.WriteString("afterCursor", page[^1].Id);
        }
        w.WriteEndObject();
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, string id) where T : IHasId
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Id == id) return i;
        }
        throw ApiException.BadRequest("Unknown page cursor");
    }
}
