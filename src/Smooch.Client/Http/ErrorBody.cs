using System.Text.Json;

namespace Smooch.Client.Http;

/// <summary>Reads the API's error code and title from any of the three error shapes; tolerant of anything else.</summary>
internal static class ErrorBody
{
    /// <summary>v2 {errors:[{code,title}]}, v1.1 {error:{code,description}}, organization {message,code,status}.</summary>
    public static (string? Code, string? Title) Parse(byte[] body)
    {
        if (body == null || body.Length == 0)
        {
            return (null, null);
        }
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            if (root.TryGetProperty("errors", out JsonElement errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                JsonElement first = errors[0];
                return (Text(first, "code"), Text(first, "title") ?? Text(first, "detail"));
            }
            if (root.TryGetProperty("error", out JsonElement error))
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    return (Text(error, "code"), Text(error, "description") ?? Text(error, "message"));
                }
                if (error.ValueKind == JsonValueKind.String)
                {
                    return (error.GetString(), Text(root, "error_description") ?? Text(root, "message"));
                }
            }
            return (Text(root, "code"), Text(root, "message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement element, string name)
    {
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }
}
