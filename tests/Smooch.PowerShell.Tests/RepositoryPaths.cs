using System;
using System.IO;

namespace Smooch.PowerShell.Tests;

/// <summary>Where the repository and the staged module are, found from the test assembly's location.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_rootPath = new Lazy<string>(FindRoot);

    public static string Root => s_rootPath.Value;

    public static string SourceManifest => Path.Combine(Root, "Smooch.psd1");

    public static string StagedModule => Path.Combine(Root, "out", "Smooch");

    public static string StagedManifest => Path.Combine(StagedModule, "Smooch.psd1");

    public static string StagedLib(string framework) => Path.Combine(StagedModule, "lib", framework);

    public static string Docs => Path.Combine(Root, "docs");

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Smooch.psd1")) && File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Smooch.psd1) was not found above " + AppContext.BaseDirectory);
    }
}
