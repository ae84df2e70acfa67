using System;
using System.Text;

namespace Smooch.Client.Validation;

/// <summary>
/// Builds a request path from literal segments and validated, escaped id segments, in its one form ("/v2/apps/x/keys"):
/// logs and errors show it as is, and RestSharp reads it relative to the session's base address.
/// </summary>
internal sealed class ApiPath
{
    private readonly StringBuilder _path = new StringBuilder(128); // room for the longest route without regrowing

    private ApiPath()
    {
    }

    public static ApiPath Root(string literalSegments)
    {
        return new ApiPath().Literal(literalSegments);
    }

    /// <summary>Appends fixed segments written by us (e.g. "v2/apps"); never caller input.</summary>
    public ApiPath Literal(string segments)
    {
        _path.Append('/').Append(segments.Trim('/'));
        return this;
    }

    /// <summary>Appends one caller-supplied id as a single, escaped path segment after validating it.</summary>
    public ApiPath Id(string? value, string parameterName)
    {
        string id = IdValidator.Validate(value, parameterName);
        _path.Append('/').Append(Uri.EscapeDataString(id));
        return this;
    }

    public override string ToString()
    {
        return _path.ToString();
    }
}
