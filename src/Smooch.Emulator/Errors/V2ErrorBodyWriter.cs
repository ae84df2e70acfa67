using System.Text.Json;

namespace Smooch.Emulator.Errors;

/// <summary>v2: {"errors":[{"code","title"}]}.</summary>
internal sealed class V2ErrorBodyWriter : IErrorBodyWriter
{
    public ErrorVocabulary Vocabulary => ErrorVocabulary.Sunshine;

    public void Write(Utf8JsonWriter writer, ApiError error)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("code", error.Code);
        writer.WriteString("title", error.Message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
