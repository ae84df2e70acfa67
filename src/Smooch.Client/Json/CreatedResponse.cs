using System;
using System.Collections.Generic;
using System.Security;
using Smooch.Client.Authentication;
using Smooch.Client.Http;

namespace Smooch.Client.Json;

/// <summary>
/// Reads the response of a create that returns a secret. When the body cannot be parsed normally, the secret is
/// salvaged from whatever is readable rather than lost; only when no secret can be found is it an error.
/// </summary>
internal static class CreatedResponse
{
    public static TResult Read<TWire, TResult>(
        ApiResponse response,
        Func<TWire, TResult?> map,
        Func<IReadOnlyDictionary<string, string>, TResult?> salvage)
        where TWire : class
        where TResult : class
    {
        try
        {
            return ReadOrSalvage(response, map, salvage);
        }
        finally
        {
            // The body holds the secret as UTF-8; once it is in a SecureString, no plain copy stays behind.
            Array.Clear(response.Body, 0, response.Body.Length);
        }
    }

    private static TResult ReadOrSalvage<TWire, TResult>(
        ApiResponse response,
        Func<TWire, TResult?> map,
        Func<IReadOnlyDictionary<string, string>, TResult?> salvage)
        where TWire : class
        where TResult : class
    {
        SmoochApiException? failure;
        try
        {
            TResult? result = map(JsonBody.Read<TWire>(response));
            if (result != null)
            {
                return result;
            }
            failure = JsonBody.Malformed(response, "the response has no secret", null);
        }
        catch (SmoochApiException error) when (error.Kind == SmoochErrorKind.MalformedResponse)
        {
            failure = error;
        }
        return salvage(JsonSalvage.ReadStrings(response.Body)) ?? throw failure;
    }

    /// <summary>
    /// A created API key (id, name, secret) from <typeparamref name="TWire"/>, or salvaged using the wire names
    /// <paramref name="idName"/>, <paramref name="nameName"/>, <paramref name="secretName"/> when the body is damaged.
    /// </summary>
    public static TResult ReadKey<TWire, TResult>(
        ApiResponse response,
        Func<TWire, CreatedKeyFields?> fields,
        string idName,
        string nameName,
        string secretName,
        Func<string, string?, SecureString, bool, TResult> build)
        where TWire : class
        where TResult : class
    {
        return Read<TWire, TResult>(response,
            wire => fields(wire) is CreatedKeyFields key && !string.IsNullOrEmpty(key.Id) && key.Secret != null
                ? build(key.Id!, key.Name, key.Secret, false)
                : null,
            salvage => Text(salvage, secretName) is string secret
                ? build(Text(salvage, idName) ?? string.Empty, Text(salvage, nameName), SecureStringText.FromString(secret), true)
                : null);
    }

    public static string? Text(IReadOnlyDictionary<string, string> values, string name)
    {
        return values.TryGetValue(name, out string? value) ? value : null;
    }
}
