using System;
using System.IO;

namespace Smooch.Bench.Hosting;

/// <summary>A one-function script module in a temporary folder, deleted on dispose: the baseline of an import.</summary>
internal sealed class TrivialModule : IDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "smooch-bench-" + Guid.NewGuid().ToString("N"));

    public TrivialModule()
    {
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, "Trivial.psm1");
        File.WriteAllText(Path, "function Get-Trivial { 'trivial' }\nExport-ModuleMember -Function Get-Trivial\n");
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
