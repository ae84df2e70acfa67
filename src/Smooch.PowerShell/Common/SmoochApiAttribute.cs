using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using Smooch.Client;

namespace Smooch.PowerShell.Common;

/// <summary>
/// The API a cmdlet calls, declared once on its class: the cmdlet resolves its session by it, and the argument
/// completers pick the default session to complete from by it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class SmoochApiAttribute : Attribute
{
    private static readonly ConcurrentDictionary<Type, SmoochApi> s_byType = new ConcurrentDictionary<Type, SmoochApi>();
    private static readonly Lazy<IReadOnlyDictionary<string, SmoochApi>> s_byCommandName = new Lazy<IReadOnlyDictionary<string, SmoochApi>>(MapCommandNames);

    public SmoochApiAttribute(SmoochApi api) => Api = api;

    public SmoochApi Api { get; }

    public static SmoochApi Of(Type cmdletType) => s_byType.GetOrAdd(cmdletType, t =>
        t.GetCustomAttribute<SmoochApiAttribute>()?.Api ?? throw new InvalidOperationException($"{t.Name} does not declare its [SmoochApi]."));

    /// <summary>The API of the module's command named <paramref name="commandName"/> (Verb-Noun, optionally module-qualified); null for any other.</summary>
    public static SmoochApi? OfCommand(string commandName)
    {
        string name = commandName.Substring(commandName.LastIndexOf('\\') + 1);
        return s_byCommandName.Value.TryGetValue(name, out SmoochApi api) ? api : null;
    }

    private static IReadOnlyDictionary<string, SmoochApi> MapCommandNames() =>
        typeof(SmoochApiAttribute).Assembly.GetTypes()
            .Select(t => (Cmdlet: t.GetCustomAttribute<CmdletAttribute>(), Api: t.GetCustomAttribute<SmoochApiAttribute>()))
            .Where(t => t.Cmdlet is not null && t.Api is not null)
            .ToDictionary(t => t.Cmdlet!.VerbName + "-" + t.Cmdlet.NounName, t => t.Api!.Api, StringComparer.OrdinalIgnoreCase);
}
