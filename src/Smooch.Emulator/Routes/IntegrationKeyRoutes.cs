using Smooch.Emulator.Auth;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>/v2/apps/{appId}/integrations/{integrationId}/keys (integration-keys-v2.md): app or account scope; custom integrations only.</summary>
internal static class IntegrationKeyRoutes
{
    public static ApiException IntegrationNotFound => new(404, "integration_not_found", "Integration not found");

    public static void Map(ApiEndpoints v2) =>
        new V2KeyRoutes(SunshineAccess.RequireAppOrAccountScope, ResolveIntegration)
            .Map(v2, "/v2/apps/{appId}/integrations/{integrationId}/keys");

    private static KeyParent ResolveIntegration(ApiCall call)
    {
        App app = SunshineAccess.FindApp(call.Key, call.Store, call.Route("appId"));
        Integration integration = app.Integrations.Find(call.Route("integrationId")) ?? throw IntegrationNotFound;
        if (!integration.IsCustom)
        {
            throw ApiException.BadRequest("API keys are available only for custom integrations");
        }

        return new KeyParent(integration.Keys, name => call.Store.AddIntegrationKey(app, integration, name),
            "Integration has reached the max number of keys (10)");
    }
}
