using System;
using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Errors;

namespace Smooch.Emulator.Http;

/// <summary>Responses are written with Utf8JsonWriter straight to bytes: exact wire names, no reflection per request.</summary>
internal static class JsonResponse
{
    // Relaxed escaping keeps names readable ("+", "<", non-ASCII as-is); the JSON is equally valid.
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ReadOnlyMemory<byte> Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            write(writer);
        }

        return buffer.WrittenMemory;
    }

    public static Task WriteAsync(HttpContext context, int status, ReadOnlyMemory<byte> body)
    {
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    public static Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write) =>
        WriteAsync(context, status, Build(write));

    public static Task WriteErrorAsync(HttpContext context, ApiFamily family, ApiError error) =>
        WriteAsync(context, error.Status, writer => family.Errors.Write(writer, error));

    public static Task WriteNoContent(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>Sunshine deletes answer 200 with {}.</summary>
    public static Task WriteEmptyObject(HttpContext context) => WriteAsync(context, 200, s_emptyObject);

    private static readonly ReadOnlyMemory<byte> s_emptyObject = "{}"u8.ToArray();
}
