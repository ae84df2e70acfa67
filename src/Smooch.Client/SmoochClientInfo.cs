using System.Reflection;

namespace Smooch.Client;

/// <summary>Facts about this build of the client, for User-Agent strings and diagnostics.</summary>
public static class SmoochClientInfo
{
    /// <summary>The module version, from the repository's one version source.</summary>
    public static string Version { get; } =
        typeof(SmoochClientInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
        ?? typeof(SmoochClientInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
