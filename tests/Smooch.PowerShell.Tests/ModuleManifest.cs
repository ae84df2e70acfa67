using System;
using System.Collections;
using System.Linq;
using System.Management.Automation.Language;

namespace Smooch.PowerShell.Tests;

/// <summary>A module manifest read the way Import-PowerShellDataFile reads it: parsed, never run.</summary>
internal sealed class ModuleManifest
{
    private ModuleManifest(Hashtable data) => Data = data;

    public Hashtable Data { get; }

    public static ModuleManifest Load(string path)
    {
        ScriptBlockAst ast = Parser.ParseFile(path, out _, out ParseError[] errors);
        if (errors.Length > 0)
        {
            throw new InvalidOperationException($"{path} does not parse: {errors[0].Message}");
        }

        var table = ast.Find(a => a is HashtableAst, searchNestedScriptBlocks: false) as HashtableAst
            ?? throw new InvalidOperationException($"{path} holds no hashtable.");
        return new ModuleManifest((Hashtable)table.SafeGetValue());
    }

    public string? String(string key) => Data[key] as string;

    public string[] Strings(string key) => Data[key] switch
    {
        null => Array.Empty<string>(),
        string one => new[] { one },
        object[] many => many.Select(o => o?.ToString() ?? string.Empty).ToArray(),
        var other => throw new InvalidOperationException($"{key} is a {other.GetType().Name}, not a string array."),
    };

    public Hashtable PSData => (Hashtable)((Hashtable)Data["PrivateData"]!)["PSData"]!;
}
