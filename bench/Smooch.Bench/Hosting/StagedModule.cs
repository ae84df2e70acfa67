using System.IO;

namespace Smooch.Bench.Hosting;

/// <summary>The importable module that building Smooch.Bench stages at out/Smooch/ (the Smooch.PowerShell build).</summary>
internal static class StagedModule
{
    public static string Manifest()
    {
        var manifest = Path.GetFullPath(BenchOptions.BuildMetadata("ModuleManifest"));
        if (!File.Exists(manifest))
        {
            throw new FileNotFoundException(
                "The Smooch module is not staged; build bench/Smooch.Bench (it stages out/Smooch/ too) or run `dotnet build -c Release` at the repository root.",
                manifest);
        }

        return manifest;
    }
}
