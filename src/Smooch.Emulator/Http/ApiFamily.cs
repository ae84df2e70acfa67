using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Errors;

namespace Smooch.Emulator.Http;

/// <summary>The four API families share one host; the path prefix decides the family (and so the error body).</summary>
internal sealed class ApiFamily
{
    private ApiFamily(IErrorBodyWriter errors) => Errors = errors;

    public IErrorBodyWriter Errors { get; }

    public static ApiFamily V1 { get; } = new(new V1ErrorBodyWriter());
    public static ApiFamily V2 { get; } = new(new V2ErrorBodyWriter());
    public static ApiFamily Organization { get; } = new(new OrganizationErrorBodyWriter());

    public static ApiFamily ForPath(PathString path)
    {
        if (path.StartsWithSegments("/v1.1") || path.StartsWithSegments("/v1"))
        {
            return V1;
        }

        if (path.StartsWithSegments("/organizations") || path.StartsWithSegments("/service-account-token"))
        {
            return Organization;
        }

        return V2;
    }
}
