using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Smooch.PowerShell.Tests;

/// <summary>
/// The Pester specs (tests/pester), the demo and build.ps1 run only where pwsh is installed; here they are at least parsed
/// by the real PowerShell parser, so a syntax error cannot hide until a machine with pwsh runs them.
/// </summary>
public class ScriptSyntaxTests
{
    public static IEnumerable<object[]> Scripts() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "pester"))
            .Where(f => f.EndsWith(".ps1", StringComparison.Ordinal) || f.EndsWith(".psm1", StringComparison.Ordinal))
            .Append(Path.Combine(RepositoryPaths.Root, "examples", "Demo.ps1"))
            .Append(Path.Combine(RepositoryPaths.Root, "build.ps1"))
            .Append(Path.Combine(RepositoryPaths.Root, "Smooch.psm1"))
            .Select(f => new object[] { Path.GetRelativePath(RepositoryPaths.Root, f) });

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_script_parses_without_errors(string relativePath)
    {
        Parser.ParseFile(Path.Combine(RepositoryPaths.Root, relativePath), out _, out ParseError[] errors);

        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{relativePath}({e.Extent.StartLineNumber}): {e.Message}")));
    }

    [Fact]
    public void Every_module_cmdlet_the_scripts_call_exists_with_the_parameters_they_pass()
    {
        using var shell = new HostedPowerShell();
        var checker = new ModuleCallChecker(shell, "^[A-Za-z]+-Smooch(?!Test)");
        var problems = new List<string>();
        foreach (string relativePath in Scripts().Select(s => (string)s[0]))
        {
            ScriptBlockAst ast = Parser.ParseFile(Path.Combine(RepositoryPaths.Root, relativePath), out _, out _);
            problems.AddRange(checker.Check(ast, extent => $"{relativePath}({extent.StartLineNumber})"));
        }

        Assert.True(checker.Calls > 50, $"only {checker.Calls} module cmdlet calls were found in the scripts");
        Assert.Empty(problems);
    }

    [Fact]
    public void The_specs_call_every_cmdlet_of_the_module()
    {
        using var shell = new HostedPowerShell();
        var exported = shell.Run("(Get-Command -Module Smooch -CommandType Cmdlet).Name").Select(o => o.ToString()).ToList();
        var called = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "pester"), "*.Tests.ps1")
            .SelectMany(f => Parser.ParseFile(f, out _, out _).FindAll(n => n is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>())
            .Select(c => c.GetCommandName()).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.NotEmpty(exported);
        var neverCalled = exported.Where(name => !called.Contains(name)).ToList();
        Assert.True(neverCalled.Count == 0, "tests/pester never calls " + string.Join(", ", neverCalled));
    }

    [Fact]
    public void Every_spec_file_has_tests_and_imports_the_staged_module()
    {
        string[] specs = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "pester"), "*.Tests.ps1");

        Assert.NotEmpty(specs);
        foreach (string spec in specs)
        {
            ScriptBlockAst ast = Parser.ParseFile(spec, out _, out _);
            var commands = ast.FindAll(n => n is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>().Select(c => c.GetCommandName()).ToList();
            Assert.True(commands.Count(c => c == "It") >= 1, $"{Path.GetFileName(spec)} has no It block");
            Assert.Contains("Describe", commands);
            Assert.True(commands.Contains("Get-StagedModulePath"), $"{Path.GetFileName(spec)} does not import the staged module");
        }
    }
}
