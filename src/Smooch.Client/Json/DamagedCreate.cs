using System;
using Smooch.Client.Http;

namespace Smooch.Client.Json;

/// <summary>
/// A create whose success response was damaged: when the new object's id can still be read, the error names it
/// ("created app key app_…, but its response was damaged: …") and carries it in <see cref="SmoochApiException.CreatedId"/>
/// and Data["CreatedId"], so a script can find the object without listing.
/// </summary>
internal static class DamagedCreate
{
    public const string DataKey = "CreatedId";
    private const int MaxIdLength = 255;

    /// <summary>The id, when the request declared its field and a complete, plain id value comes before the damage.</summary>
    public static string? ReadableId(ApiResponse response)
    {
        string? field = response.Request.CreatedIdField;
        string? id = field == null ? null : JsonSalvage.ReadString(response.Body, field);
        return id != null && IsPlainId(id) ? id : null;
    }

    public static SmoochApiException Error(ApiResponse response, string createdId, string problem, Exception? inner)
    {
        ApiRequest request = response.Request;
        string kind = request.CreatedKind ?? "object";
        var error = new SmoochApiException(SmoochErrorKind.MalformedResponse, request.MethodName, request.Path, response.StatusCode, null, null, response.RequestId,
            $"{request.MethodName} {request.Path} created {kind} {createdId}, but its response was damaged: {problem}. It was not sent again; find the {kind} by that id.",
            inner)
        {
            CreatedId = createdId,
        };
        error.Data[DataKey] = createdId;
        return error;
    }

    /// <summary>Server text goes into the message only when it is shaped like an id (letters, digits, '_', '-', '.').</summary>
    private static bool IsPlainId(string id)
    {
        if (id.Length == 0 || id.Length > MaxIdLength)
        {
            return false;
        }
        foreach (char c in id)
        {
            bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
            if (!plain)
            {
                return false;
            }
        }
        return true;
    }
}
