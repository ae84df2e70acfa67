using System.Text.Json;

namespace Smooch.Emulator.Errors;

/// <summary>Organization: {"message","code","status"}.</summary>
internal sealed class OrganizationErrorBodyWriter : IErrorBodyWriter
{
    public ErrorVocabulary Vocabulary => ErrorVocabulary.Organization;

    public void Write(Utf8JsonWriter writer, ApiError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        writer.WriteString("code", error.Code);
        writer.WriteNumber("status", error.Status);
        writer.WriteEndObject();
    }
}
