using System;

namespace Smooch.Client.Validation;

/// <summary>
/// Checks every caller-supplied id before it becomes a path segment, so no input can address another endpoint.
/// </summary>
public static class IdValidator
{
    /// <summary>Longest id accepted (<see cref="TextLimits.Id"/>).</summary>
    public const int MaxLength = TextLimits.Id;

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> when <paramref name="value"/> is not a usable id.</summary>
    public static string Validate(string? value, string parameterName)
    {
        string? problem = FindProblem(value);
        if (problem != null)
        {
            if (value == null)
            {
                throw new ArgumentNullException(parameterName, $"{parameterName} is required.");
            }
            throw new ArgumentException($"{parameterName} {problem}", parameterName);
        }
        return value!;
    }

    /// <summary>Describes what is wrong with the id (e.g. "must not contain '/'"), or null when it is valid.</summary>
    public static string? FindProblem(string? value)
    {
        if (value == null || value.Length == 0)
        {
            return "must not be empty.";
        }
        string? tooLong = TextLimits.TooLong(value, MaxLength);
        if (tooLong != null)
        {
            return tooLong;
        }
        if (value == "." || value == "..")
        {
            return "must not be '.' or '..'.";
        }
        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                return "must not contain control characters.";
            }
            if (c == '/' || c == '\\' || c == '?' || c == '#')
            {
                return $"must not contain '{c}'.";
            }
        }
        if (value.Trim().Length == 0)
        {
            return "must not be blank.";
        }
        return null;
    }
}
