using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>Organization list/retrieve query: after/before/limit cursor paging and expand (expand=, expand[]=, comma lists).</summary>
internal static class OrganizationQuery
{
    public static bool ExpandsPermissions(ApiCall call)
    {
        bool permissions = false;
        foreach (string key in new[] { "expand", "expand[]" })
        {
            foreach (string? value in call.Http.Request.Query[key])
            {
                foreach (string part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (part == "permissions")
                    {
                        permissions = true;
                    }
                    else if (part != "total_count")
                    {
                        throw ApiException.BadRequest($"'expand' does not accept '{part}'");
                    }
                }
            }
        }
        return permissions;
    }

    public static List<T> Page<T>(ApiCall call, OrderedTable<T> table, out bool hasNext, out bool hasPrevious) where T : class, IHasId
    {
        int limit = call.IntQuery("limit", Limits.OrganizationDefaultPageSize, 1, Limits.MaxPageSize);
        string? after = Cursor(call, table, "after");
        string? before = Cursor(call, table, "before");
        if (after is not null && before is not null)
        {
            throw ApiException.BadRequest("'after' and 'before' cannot be combined");
        }

        return table.Page(after, before, limit, out hasNext, out hasPrevious);
    }

    private static string? Cursor<T>(ApiCall call, OrderedTable<T> table, string name) where T : class, IHasId
    {
        string? cursor = call.Query(name);
        if (cursor is null)
        {
            return null;
        }

        if (cursor.Length is 0 or > Limits.OrganizationId)
        {
            throw ApiException.BadRequest($"'{name}' must be 1 to {Limits.OrganizationId} characters");
        }

        if (!table.IsKnownCursor(cursor))
        {
            throw ApiException.BadRequest($"'{name}' is not a valid cursor");
        }

        return cursor;
    }

    public static void WritePageInfo<T>(Utf8JsonWriter w, List<T> page, bool hasNext, bool hasPrevious) where T : IHasId
    {
        w.WriteStartObject("page_info");
        w.WriteBoolean("has_next_page", hasNext);
        w.WriteBoolean("has_prev_page", hasPrevious);
        if (page.Count > 0)
        {
            w.WriteString("end_cursor", page[^1].Id);
            w.WriteString("start_cursor", page[0].Id);
        }
        w.WriteEndObject();
    }

    /// <summary>The fixed permission map the emulator reports with expand=permissions.</summary>
    public static void WritePermissions(Utf8JsonWriter w)
    {
        w.WriteStartObject("permissions");
        w.WriteStartObject("organizations");
        w.WriteBoolean("read", true);
        w.WriteBoolean("update", true);
        w.WriteEndObject();
        w.WriteStartObject("users");
        w.WriteBoolean("read", true);
        w.WriteBoolean("list", true);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Organization path ids: 1–255 chars (longer is a 400); anything unknown is a 404 later.</summary>
    public static string PathId(ApiCall call, string name)
    {
        string id = call.Route(name);
        if (id.Length > Limits.OrganizationId)
        {
            throw ApiException.BadRequest($"'{name}' must be at most {Limits.OrganizationId} characters");
        }

        return id;
    }
}
