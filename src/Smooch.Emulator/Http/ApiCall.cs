using System.Globalization;
using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Hosting;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Http;

/// <summary>What a route handler gets: the request, the runtime, and the authenticated caller of its family.</summary>
internal sealed class ApiCall(HttpContext http, EmulatorRuntime runtime)
{
    public HttpContext Http { get; } = http;
    public EmulatorRuntime Runtime { get; } = runtime;
    public EmulatorStore Store => Runtime.Store;
    public ApiKey Key { get; set; } = null!;
    public AccessToken Token { get; set; } = null!;

    public string Route(string name) => Http.Request.RouteValues[name] as string ?? throw new ApiException(StandardError.NotFound);

    public string? Query(string name)
    {
        Microsoft.Extensions.Primitives.StringValues values = Http.Request.Query[name];
        if (values.Count > 1)
        {
            throw ApiException.BadRequest($"'{name}' must be given once");
        }

        return values.Count == 0 ? null : values[0];
    }

    public int IntQuery(string name, int fallback, int min, int max)
    {
        string? text = Query(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw ApiException.BadRequest($"'{name}' must be an integer from {min} to {max}");
        }

        return value;
    }
}
