using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Smooch.Client.Http;

namespace Smooch.Client.Json;

/// <summary>Request serialisation and strict response parsing with System.Text.Json; unknown fields are ignored.</summary>
internal static class JsonBody
{
    internal static readonly JsonSerializerOptions Options = new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T body)
    {
        return JsonSerializer.Serialize(body, Options);
    }

    /// <summary>Parses the body as <typeparamref name="T"/>; a missing, cut-off or malformed body is a MalformedResponse error.</summary>
    public static T Read<T>(ApiResponse response)
        where T : class
    {
        if (response.Incomplete)
        {
            throw Malformed(response, "the response body was cut off", null);
        }
        if (response.Body.Length == 0)
        {
            throw Malformed(response, "the response body is empty", null);
        }
        try
        {
            return JsonSerializer.Deserialize<T>(response.Body, Options) ?? throw Malformed(response, "the response body is JSON null", null);
        }
        catch (JsonException error)
        {
            throw Malformed(response, "the response body is not the expected JSON" + (error.Path != null ? " (at " + error.Path + ")" : string.Empty), error);
        }
    }

    /// <summary>Throws MalformedResponse when a required field of an otherwise valid body is missing.</summary>
    public static TField Require<TField>(TField? value, ApiResponse response, string field)
        where TField : class
    {
        return value ?? throw Malformed(response, "the response has no '" + field + "'", null);
    }

    public static string RequireText(string? value, ApiResponse response, string field)
    {
        return string.IsNullOrEmpty(value) ? throw Malformed(response, "the response has no '" + field + "'", null) : value!;
    }

    public static SmoochApiException Malformed(ApiResponse response, string problem, Exception? inner)
    {
        ApiRequest request = response.Request;
        if (!request.SafeToRepeat && DamagedCreate.ReadableId(response) is string createdId)
        {
            return DamagedCreate.Error(response, createdId, problem, inner);
        }
        string note = request.SafeToRepeat
            ? string.Empty
            : " The server reported success, so the object was probably created; list the objects to find it.";
        return new SmoochApiException(SmoochErrorKind.MalformedResponse, request.MethodName, request.Path, response.StatusCode, null, null, response.RequestId,
            $"{request.MethodName} {request.Path} returned HTTP {response.StatusCode} but {problem}.{note}", inner);
    }
}
