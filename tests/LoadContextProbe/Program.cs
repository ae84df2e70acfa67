using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
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
Type probe = client.GetType("Smooch.Client.Diagnostics.ConnectivityProbe", throwOnError: true)!;
var send = (Func<Uri, CancellationToken, Task<int>>)Delegate.CreateDelegate(
    typeof(Func<Uri, CancellationToken, Task<int>>), probe.GetMethod("GetStatusCodeAsync")!);
int status = send(new Uri(baseUrl), CancellationToken.None).GetAwaiter().GetResult();

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
