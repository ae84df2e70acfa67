using System.Text.Json;

namespace Smooch.Emulator.Errors;

/// <summary>One per API family: the error JSON shape and the vocabulary behind it.</summary>
internal interface IErrorBodyWriter
{
    ErrorVocabulary Vocabulary { get; }

    void Write(Utf8JsonWriter writer, ApiError error);
}

internal static class ErrorBodyWriterExtensions
{
    public static ApiError Resolve(this IErrorBodyWriter family, ApiException exception) =>
        exception.Explicit ?? family.Vocabulary.Describe(exception.Kind, exception.Detail);
}
