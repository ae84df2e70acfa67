using System.Text.Json;

namespace Smooch.Emulator.Errors;

/// <summary>v1.1: {"error":{"code","description"}}.</summary>
internal sealed class V1ErrorBodyWriter : IErrorBodyWriter
{
    public ErrorVocabulary Vocabulary => ErrorVocabulary.Sunshine;

    public void Write(Utf8JsonWriter writer, ApiError error)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        writer.WriteString("code", error.Code);
        writer.WriteString("description", error.Message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
