using Smooch.Emulator.Auth;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>/v2/apps/{appId}/keys (app-keys-v2.md): account scope (act_, svc_ with access to the app).</summary>
internal static class AppKeyRoutes
{
    public static void Map(ApiEndpoints v2) =>
        new V2KeyRoutes(SunshineAccess.RequireAccountScope, ResolveApp).Map(v2, "/v2/apps/{appId}/keys");

    private static KeyParent ResolveApp(ApiCall call)
    {
        App app = SunshineAccess.FindApp(call.Key, call.Store, call.Route("appId"));
        return new KeyParent(app.Keys, name => call.Store.AddAppKey(app, name), "App has reached the max number of keys (10)");
    }
}
