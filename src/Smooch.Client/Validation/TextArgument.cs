using System;

namespace Smooch.Client.Validation;

/// <summary>Checks names, display names and descriptions before a request is sent.</summary>
internal static class TextArgument
{
    public static string Required(string? value, string parameterName, int maxLength)
    {
        if (value == null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} is required.");
        }
        if (value.Trim().Length == 0)
        {
            throw new ArgumentException($"{parameterName} must not be empty or blank.", parameterName);
        }
        return Optional(value, parameterName, maxLength)!;
    }

    public static string? Optional(string? value, string parameterName, int maxLength)
    {
        string? tooLong = TextLimits.TooLong(value, maxLength);
        if (tooLong != null)
        {
            throw new ArgumentException($"{parameterName} {tooLong}", parameterName);
        }
        return value;
    }

    public static int? PageSize(int? value, string parameterName, int max)
    {
        if (value.HasValue && (value.Value < 1 || value.Value > max))
        {
            throw new ArgumentOutOfRangeException(parameterName, value.Value, $"{parameterName} must be between 1 and {max}.");
        }
        return value;
    }
}
