using System;
using System.Collections.Generic;
using System.Linq;

namespace Smooch.Client.Models;

/// <summary>
/// The integration types of the v2 API (the vendor's integration schema); <c>filter[types]</c> takes a comma list of them.
/// Only <see cref="Custom"/> integrations can have API keys.
/// </summary>
public static class IntegrationTypes
{
    /// <summary>The type of integration that can have API keys.</summary>
    public const string Custom = "custom";

    /// <summary>Every integration type the API knows, in alphabetical order.</summary>
    public static IReadOnlyList<string> All { get; } = new[]
    {
        "android", "apple", Custom, "instagram", "ios", "line", "mailgun", "messagebird", "messenger",
        "telegram", "twilio", "twitter", "unity", "viber", "web", "whatsapp",
    };

    /// <summary>Whether the text is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);

    /// <summary>The value of <c>filter[types]</c>: at least one type, each a known one (exact, lower case); duplicates dropped.</summary>
    internal static string FilterValue(IReadOnlyCollection<string>? types, string parameterName)
    {
        if (types is null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} is required.");
        }
        if (types.Count == 0)
        {
            throw new ArgumentException($"{parameterName} must name at least one integration type.", parameterName);
        }
        foreach (string? type in types)
        {
            if (!IsKnown(type))
            {
                throw new ArgumentException($"{parameterName} has '{type}', which is not an integration type; use one of {string.Join(", ", All)}.", parameterName);
            }
        }
        return string.Join(",", types.Distinct(StringComparer.Ordinal));
    }
}
