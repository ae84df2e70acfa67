using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Smooch.Client.Json
{
    /// <summary>
    /// Last-resort reader for a broken create response: walks the JSON tokens that are readable (up to a cut-off or a
    /// syntax error) and keeps the first string value of each property name, so a created secret is not lost.
    /// </summary>
    internal static class JsonSalvage
    {
        public static IReadOnlyDictionary<string, string> ReadStrings(byte[] body)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (body.Length == 0)
            {
                return values;
            }
            var reader = new Utf8JsonReader(body, isFinalBlock: false, state: default);
            string? property = null;
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            property = reader.GetString();
                            break;
                        case JsonTokenType.String:
                            if (property != null && !values.ContainsKey(property))
                            {
                                values[property] = reader.GetString() ?? string.Empty;
                            }
                            property = null;
                            break;
                        default:
                            property = null;
                            break;
                    }
                }
            }
            catch (JsonException)
            {
                // Keep whatever was readable before the damage.
            }
            catch (InvalidOperationException)
            {
            }
            return values;
        }
    }
}
