using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Smooch.Emulator.Http;

/// <summary>The two response body shapes every family uses: one item under a name, and a named list with optional trailing fields.</summary>
internal static class JsonBodies
{
    /// <summary>{"name": item}</summary>
    public static ReadOnlyMemory<byte> Envelope(string name, Action<Utf8JsonWriter> writeItem) => JsonResponse.Build(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName(name);
        writeItem(w);
        w.WriteEndObject();
    });

    /// <summary>{"name": [items], ...trailer}</summary>
    public static ReadOnlyMemory<byte> List<T>(string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem,
        Action<Utf8JsonWriter>? writeTrailer = null) => JsonResponse.Build(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray(name);
        foreach (T item in items)
        {
            writeItem(w, item);
        }

        w.WriteEndArray();
        writeTrailer?.Invoke(w);
        w.WriteEndObject();
    });
}
