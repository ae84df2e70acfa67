using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Security;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

// Usage: LoadContextProbe <before|after> <stand-in RestSharp.dll> <module lib/net8.0 folder> <base url>
// Loads another RestSharp into the default context (before or after the module), loads the module the
// way Smooch.psm1 does, makes one request through the module's own code, and prints what it saw as JSON.
string order = args[0];
string standInPath = Path.GetFullPath(args[1]);
string libFolder = Path.GetFullPath(args[2]);
string baseUrl = args[3];

Assembly? standIn = order == "before" ? AssemblyLoadContext.Default.LoadFromAssemblyPath(standInPath) : null;

Assembly loader = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.Combine(libFolder, "Smooch.LoadContext.dll"));
MethodInfo loadModule = loader.GetType("Smooch.LoadContext.SmoochLoadContext", throwOnError: true)!.GetMethod("LoadModule")!;
var module = (Assembly)loadModule.Invoke(null, new object[] { libFolder })!;
AssemblyLoadContext moduleContext = AssemblyLoadContext.GetLoadContext(module)!;

standIn ??= AssemblyLoadContext.Default.LoadFromAssemblyPath(standInPath);

Assembly client = moduleContext.LoadFromAssemblyName(new AssemblyName("Smooch.Client"));
int status = DeleteOneKey(client, new Uri(baseUrl));

Assembly moduleRestSharp = moduleContext.Assemblies.Single(a => a.GetName().Name == "RestSharp");
Console.WriteLine(JsonSerializer.Serialize(new
{
    moduleContext = moduleContext.Name,
    clientContext = AssemblyLoadContext.GetLoadContext(client)!.Name,
    moduleRestSharpVersion = moduleRestSharp.GetName().Version!.ToString(),
    moduleRestSharpPath = moduleRestSharp.Location,
    defaultRestSharpVersion = AssemblyLoadContext.Default.Assemblies.Single(a => a.GetName().Name == "RestSharp").GetName().Version!.ToString(),
    status,
}));

// One DELETE through the client's public surface, as loaded in the module's context (its types are not this
// program's, hence reflection); the status comes from the session's request log.
static int DeleteOneKey(Assembly client, Uri baseAddress)
{
    Type Named(string name) => client.GetType(name, throwOnError: true)!;
    using var secret = new SecureString();
    foreach (char c in "probe-secret")
    {
        secret.AppendChar(c);
    }

    object options = Activator.CreateInstance(Named("Smooch.Client.SmoochSessionOptions"))!;
    options.GetType().GetProperty("BaseAddress")!.SetValue(options, baseAddress);
    options.GetType().GetProperty("Authenticator")!.SetValue(options, Activator.CreateInstance(Named("Smooch.Client.Authentication.BasicKeyAuthenticator"), "app_probe", secret));
    options.GetType().GetProperty("Log")!.SetValue(options, DispatchProxy.Create(Named("Smooch.Client.ISmoochRequestLog"), typeof(StatusLog)));
    using var session = (IDisposable)Activator.CreateInstance(Named("Smooch.Client.SmoochSession"), options)!;
    object appKeys = session.GetType().GetProperty("AppKeys")!.GetValue(session)!;
    var deleted = (Task)appKeys.GetType().GetMethod("DeleteAsync")!.Invoke(appKeys, new object[] { "app_probe", "key_probe", CancellationToken.None })!;
    deleted.GetAwaiter().GetResult();
    return StatusLog.LastStatus;
}

/// <summary>The session's ISmoochRequestLog, implemented at run time: keeps the status of the last attempt.</summary>
public class StatusLog : DispatchProxy
{
    public static int LastStatus { get; private set; }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        object entry = args![0]!;
        LastStatus = (int?)entry.GetType().GetProperty("StatusCode")!.GetValue(entry) ?? 0;
        return null;
    }
}
