using System.Text.Json;

namespace Smooch.Emulator.Errors;

/// <summary>Keycard: {"message","code","status"}.</summary>
internal sealed class KeycardErrorBodyWriter : IErrorBodyWriter
{
    public ErrorVocabulary Vocabulary => ErrorVocabulary.Keycard;

    public void Write(Utf8JsonWriter writer, ApiError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        writer.WriteString("code", error.Code);
        writer.WriteNumber("status", error.Status);
        writer.WriteEndObject();
    }
}
