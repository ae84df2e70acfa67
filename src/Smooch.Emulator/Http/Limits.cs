namespace Smooch.Emulator.Http;

/// <summary>Input limits. Documented: v2 displayName 1–100, Organization description 500, ids 255, page size 100; the rest proposed.</summary>
internal static class Limits
{
    public const int SunshineName = 100;
    public const int OrganizationName = 255;
    public const int OrganizationDescription = 500;
    public const int OrganizationId = 255;
    public const int KeysPerParent = 10;
    public const int MaxPageSize = 100;
    public const int V1DefaultPageSize = 25;
    public const int OrganizationDefaultPageSize = 100;
}
