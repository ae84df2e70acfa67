using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>
/// v2 list paging: page[size] (1–100, default 25), page[after] / page[before] item ids; meta.hasMore and cursors, and
/// links.prev / links.next (absolute, keeping the request's other query parameters such as filters and page[size]).
/// </summary>
internal static class V2Paging
{
    private const string After = "page[after]";
    private const string Before = "page[before]";

    /// <summary>One page of <paramref name="visible"/> as the request asks for it, written under <paramref name="name"/>.</summary>
    public static ReadOnlyMemory<byte> List<T>(ApiCall call, string name, IReadOnlyList<T> visible, Action<Utf8JsonWriter, T> writeItem) where T : IHasId
    {
        int size = call.IntQuery("page[size]", 25, 1, Limits.MaxPageSize);
        string? after = call.Query(After);
        string? before = call.Query(Before);
        if (after is not null && before is not null)
        {
            throw ApiException.BadRequest("page[after] and page[before] cannot be combined");
        }

        int start = 0, end = visible.Count;
        if (after is not null)
        {
            start = IndexOf(visible, after) + 1;
        }

        if (before is not null)
        {
            end = IndexOf(visible, before);
            start = Math.Max(0, end - size);
        }
        int stop = Math.Min(end, start + size);
        var page = new List<T>(Math.Max(0, stop - start));
        for (int i = start; i < stop; i++)
        {
            page.Add(visible[i]);
        }

        bool moreAfter = stop < visible.Count, moreBefore = start > 0;
        bool hasMore = before is null ? moreAfter : moreBefore;
        return JsonBodies.List(name, page, writeItem, w =>
        {
            WriteMeta(w, page, hasMore);
            WriteLinks(w, call.Http.Request, page, moreBefore, moreAfter);
        });
    }

    private static void WriteMeta<T>(Utf8JsonWriter w, List<T> page, bool hasMore) where T : IHasId
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

    private static void WriteLinks<T>(Utf8JsonWriter w, HttpRequest request, List<T> page, bool moreBefore, bool moreAfter) where T : IHasId
    {
        w.WriteStartObject("links");
        if (page.Count > 0 && moreBefore)
        {
            w.WriteString("prev", Link(request, Before, page[0].Id));
        }

        if (page.Count > 0 && moreAfter)
        {
            w.WriteString("next", Link(request, After, page[^1].Id));
        }

        w.WriteEndObject();
    }

    private static string Link(HttpRequest request, string cursorName, string cursor)
    {
        var link = new StringBuilder().Append(request.Scheme).Append("://").Append(request.Host.Value).Append(request.PathBase.Value).Append(request.Path.Value);
        char separator = '?';
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> pair in request.Query.Where(q => q.Key is not (After or Before)))
        {
            link.Append(separator).Append(Uri.EscapeDataString(pair.Key).Replace("%5B", "[").Replace("%5D", "]")).Append('=').Append(Uri.EscapeDataString(pair.Value.ToString()));
            separator = '&';
        }
        return link.Append(separator).Append(cursorName).Append('=').Append(Uri.EscapeDataString(cursor)).ToString();
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, string id) where T : IHasId
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Id == id)
            {
                return i;
            }
        }
        throw ApiException.BadRequest("Unknown page cursor");
    }
}
