using System;
using System.Collections.Generic;
using System.Text.Json;
using Smooch.Client.Http;

namespace Smooch.Client.Json
{
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

        public static string? Text(IReadOnlyDictionary<string, string> values, string name)
        {
            return values.TryGetValue(name, out string? value) ? value : null;
        }
    }
}
