using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Errors;

namespace Smooch.Emulator.Http;

/// <summary>Reads a JSON object body with the 100 kB cap of the v2 docs (413 above it), for every family.</summary>
internal static class RequestBody
{
    public const int MaxBytes = 100 * 1024;

    public static async Task<JsonElement> ReadObjectAsync(HttpContext context)
    {
        using MemoryStream body = await ReadAsync(context);
        if (body.Length == 0)
        {
            throw ApiException.BadRequest("Request body is required");
        }

        JsonElement root;
        try
        {
            root = JsonElement.Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
        }
        catch (JsonException)
        {
            throw ApiException.BadRequest("Request body is not valid JSON");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw ApiException.BadRequest("Request body must be a JSON object");
        }

        return root;
    }

    private static async Task<MemoryStream> ReadAsync(HttpContext context)
    {
        long? declared = context.Request.ContentLength;
        if (declared > MaxBytes)
        {
            throw new ApiException(StandardError.PayloadTooLarge);
        }

        var buffer = new MemoryStream(declared is > 0 ? (int)declared.Value : 256);
        byte[] chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new ApiException(StandardError.PayloadTooLarge);
                }

                buffer.Write(chunk, 0, read);
            }
            return buffer;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
