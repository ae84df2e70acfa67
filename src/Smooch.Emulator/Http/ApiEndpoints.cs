using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Smooch.Emulator.Auth;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Hosting;

namespace Smooch.Emulator.Http;

internal enum AuthScheme { None, Sunshine, Organization }

/// <summary>The one mechanism every family's routes go through: authenticate, run, turn ApiException into the family's error body.</summary>
internal sealed class ApiEndpoints(IEndpointRouteBuilder routes, EmulatorRuntime runtime, ApiFamily family, AuthScheme scheme)
{
    public void Get(string pattern, Func<ApiCall, Task> handler) => Map("GET", pattern, handler);
    public void Post(string pattern, Func<ApiCall, Task> handler) => Map("POST", pattern, handler);
    public void Put(string pattern, Func<ApiCall, Task> handler) => Map("PUT", pattern, handler);
    public void Patch(string pattern, Func<ApiCall, Task> handler) => Map("PATCH", pattern, handler);
    public void Delete(string pattern, Func<ApiCall, Task> handler) => Map("DELETE", pattern, handler);

    private void Map(string method, string pattern, Func<ApiCall, Task> handler) =>
        routes.MapMethods(pattern, new[] { method }, (RequestDelegate)(context => Handle(context, handler)));

    private async Task Handle(HttpContext context, Func<ApiCall, Task> handler)
    {
        var call = new ApiCall(context, runtime);
        try
        {
            switch (scheme)
            {
                case AuthScheme.Sunshine:
                    call.Key = SunshineAuthenticator.Authenticate(context, runtime.Store);
                    break;
                case AuthScheme.Organization:
                    call.Token = OrganizationAuthenticator.Authenticate(context, runtime.Store);
                    break;
            }
            await handler(call);
        }
        catch (ApiException exception) when (!context.Response.HasStarted)
        {
            await JsonResponse.WriteErrorAsync(context, family, family.Errors.Resolve(exception));
        }
    }
}
