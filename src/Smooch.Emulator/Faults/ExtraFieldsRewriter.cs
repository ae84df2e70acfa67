using System;
using System.Buffers;
using System.Text.Json;

namespace Smooch.Emulator.Faults;

/// <summary>Copies a JSON document, adding unknown fields at the start of every object (clients must ignore them).</summary>
internal static class ExtraFieldsRewriter
{
    public static byte[] AddUnknownFields(ReadOnlySpan<byte> json)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + 128);
        var reader = new Utf8JsonReader(json);
        using (var writer = new Utf8JsonWriter(output))
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        writer.WriteStartObject();
                        writer.WriteString("emulatorUnknownField", "ignore me");
                        writer.WriteStartObject("emulatorUnknownObject");
                        writer.WriteNumber("n", 1);
                        writer.WriteEndObject();
                        break;
                    case JsonTokenType.EndObject:
                        writer.WriteEndObject();
                        break;
                    case JsonTokenType.StartArray:
                        writer.WriteStartArray();
                        break;
                    case JsonTokenType.EndArray:
                        writer.WriteEndArray();
                        break;
                    case JsonTokenType.PropertyName:
                        writer.WritePropertyName(reader.GetString()!);
                        break;
                    case JsonTokenType.String:
                        writer.WriteStringValue(reader.GetString());
                        break;
                    case JsonTokenType.Number:
                        writer.WriteRawValue(reader.ValueSpan);
                        break;
                    case JsonTokenType.True:
                        writer.WriteBooleanValue(true);
                        break;
                    case JsonTokenType.False:
                        writer.WriteBooleanValue(false);
                        break;
                    case JsonTokenType.Null:
                        writer.WriteNullValue();
                        break;
                }
            }
        }
        return output.WrittenSpan.ToArray();
    }
}
