using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Smooch.Client.Json;

/// <summary>
/// Last-resort reader for a broken create response: walks the JSON tokens that are readable (up to a cut-off or a
/// syntax error) and keeps the first string value of each property name, so a created secret is not lost.
/// </summary>
internal static class JsonSalvage
{
    public static IReadOnlyDictionary<string, string> ReadStrings(byte[] body)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(body, (property, reader) =>
        {
            if (!values.ContainsKey(property))
            {
                values[property] = reader.GetString() ?? string.Empty;
            }
            return true;
        });
        return values;
    }

    /// <summary>The first readable string value of <paramref name="name"/>, reading no other value into a string.</summary>
    public static string? ReadString(byte[] body, string name)
    {
        string? found = null;
        Walk(body, (property, reader) =>
        {
            if (!string.Equals(property, name, StringComparison.Ordinal))
            {
                return true;
            }
            found = reader.GetString();
            return false;
        });
        return found;
    }

    private delegate bool StringVisitor(string property, Utf8JsonReader reader);

    /// <summary>Calls <paramref name="visit"/> for each complete string property value until it returns false or the JSON breaks off.</summary>
    private static void Walk(byte[] body, StringVisitor visit)
    {
        if (body.Length == 0)
        {
            return;
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
                        if (property != null && !visit(property, reader))
                        {
                            return;
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
    }
}
