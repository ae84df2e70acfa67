namespace Smooch.Client.Validation;

/// <summary>
/// The documented length limits of the values a caller sends, and the one way a value over its limit is described.
/// The client checks them before a request (<see cref="TextArgument"/>, <see cref="IdValidator"/>); the cmdlets
/// declare the same limits on their parameters, so bad input is refused while binding.
/// </summary>
public static class TextLimits
{
    /// <summary>Sunshine Conversations names: v2 key display names (1–100) and v1.1 service-account and key names.</summary>
    public const int SunshineName = 100;

    /// <summary>Names of organization service accounts and credentials.</summary>
    public const int OrganizationName = 255;

    /// <summary>Descriptions of organization service accounts and credentials.</summary>
    public const int Description = 500;

    /// <summary>Any id or label in a request path (the organization API's documented maximum; Sunshine ids are shorter).</summary>
    public const int Id = 255;

    /// <summary>"must be at most N characters long (it has M)." when <paramref name="value"/> is too long, else null.</summary>
    public static string? TooLong(string? value, int maxLength)
    {
        return value != null && value.Length > maxLength
            ? $"must be at most {maxLength} characters long (it has {value.Length})."
            : null;
    }
}
