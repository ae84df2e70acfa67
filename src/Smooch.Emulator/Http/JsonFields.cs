using System.Text.Json;
using Smooch.Emulator.Errors;

namespace Smooch.Emulator.Http;

/// <summary>Field validation shared by all families; messages name the field and its problem.</summary>
internal static class JsonFields
{
    public static string RequiredString(JsonElement body, string name, int maxLength)
    {
        if (!body.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            throw ApiException.BadRequest($"should have required property '{name}'");
        }

        return CheckString(value, name, maxLength);
    }

    /// <summary>Absent => (false, null); explicit null => (true, null) meaning "clear".</summary>
    public static (bool Present, string? Value) OptionalString(JsonElement body, string name, int maxLength, bool allowEmpty)
    {
        if (!body.TryGetProperty(name, out JsonElement value))
        {
            return (false, null);
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return (true, null);
        }

        string text = Text(value, name);
        if (text.Length > maxLength)
        {
            throw ApiException.BadRequest($"'{name}' must be at most {maxLength} characters");
        }

        if (!allowEmpty && text.Length == 0)
        {
            throw ApiException.BadRequest($"'{name}' must not be empty");
        }

        return (true, text);
    }

    private static string CheckString(JsonElement value, string name, int maxLength)
    {
        string text = Text(value, name);
        if (text.Trim().Length == 0)
        {
            throw ApiException.BadRequest($"'{name}' must not be empty");
        }

        if (text.Length > maxLength)
        {
            throw ApiException.BadRequest($"'{name}' must be at most {maxLength} characters");
        }

        return text;
    }

    public static string Text(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw ApiException.BadRequest($"'{name}' must be a string");
        }

        try
        {
            return value.GetString()!;
        }
        catch (System.InvalidOperationException)
        {
            throw ApiException.BadRequest($"'{name}' is not valid Unicode text");
        }
    }
}
