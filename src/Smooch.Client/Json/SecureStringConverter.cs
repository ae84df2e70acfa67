using System;
using System.Security;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Smooch.Client.Json;

/// <summary>
/// Reads a JSON string (a created secret, an access token) straight into a read-only SecureString: the characters
/// pass through one array that is cleared, never through a string. Read-only: secrets are never written as JSON.
/// </summary>
internal sealed class SecureStringConverter : JsonConverter<SecureString>
{
    public override SecureString? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a string.");
        }

        // An unescaped string never has more characters than its escaped UTF-8 form has bytes.
        var chars = new char[reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length];
        try
        {
            int length = reader.CopyString(chars);
            var secure = new SecureString();
            for (int i = 0; i < length; i++)
            {
                secure.AppendChar(chars[i]);
            }
            secure.MakeReadOnly();
            return secure;
        }
        finally
        {
            Array.Clear(chars, 0, chars.Length);
        }
    }

    public override void Write(Utf8JsonWriter writer, SecureString value, JsonSerializerOptions options)
    {
        throw new NotSupportedException("Secrets are never serialised.");
    }
}
