using Smooch.Emulator.Errors;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Auth;

/// <summary>
/// Which Sunshine key may call what (docs/contract/README.md#authentication):
/// act_ everything; svc_ apps, app keys and integration keys of apps it can access (others look absent: 404),
/// never service accounts; app_ only its own app's integration keys (and integrations); int_ none of these routes.
/// </summary>
internal static class SunshineAccess
{
    public static ApiException AppNotFound => new(404, "app_not_found", "App not found");

    public static void RequireAccountKey(ApiKey caller)
    {
        if (caller.Kind != KeyKind.Account)
        {
            throw new ApiException(StandardError.Forbidden);
        }
    }

    public static void RequireAccountScope(ApiKey caller)
    {
        if (caller.Kind is not (KeyKind.Account or KeyKind.ServiceAccount))
        {
            throw new ApiException(StandardError.Forbidden);
        }
    }

    public static void RequireAppOrAccountScope(ApiKey caller)
    {
        if (caller.Kind == KeyKind.Integration)
        {
            throw new ApiException(StandardError.Forbidden);
        }
    }

    public static bool CanSee(ApiKey caller, App app) => caller.Kind switch
    {
        KeyKind.Account => true,
        KeyKind.ServiceAccount => app.ServiceAccountIds.Contains(caller.ServiceAccountId!),
        KeyKind.App => caller.AppId == app.Id,
        _ => false,
    };

    /// <summary>Looks the app up for this caller; call under the store lock.</summary>
    public static App FindApp(ApiKey caller, EmulatorStore store, string appId)
    {
        App? app = store.Apps.Find(appId);
        if (caller.Kind == KeyKind.App)
        {
            // An app key learns nothing about other apps, existing or not.
            if (app is null || caller.AppId != app.Id)
            {
                throw new ApiException(StandardError.Forbidden);
            }

            return app;
        }
        if (app is null || !CanSee(caller, app))
        {
            throw AppNotFound;
        }

        return app;
    }
}
