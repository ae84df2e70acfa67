using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;

namespace Smooch.PowerShell.Tests
{
    /// <summary>
    /// The Pester specs (tests/pester) and the demo run only where pwsh is installed; here they are at least parsed
    /// by the real PowerShell parser, so a syntax error cannot hide until a machine with pwsh runs them.
    /// </summary>
    public class ScriptSyntaxTests
    {
        public static IEnumerable<object[]> Scripts() =>
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "pester"))
                .Where(f => f.EndsWith(".ps1", StringComparison.Ordinal) || f.EndsWith(".psm1", StringComparison.Ordinal))
                .Append(Path.Combine(RepositoryPaths.Root, "examples", "Demo.ps1"))
                .Select(f => new object[] { Path.GetRelativePath(RepositoryPaths.Root, f) });

        [Theory]
        [MemberData(nameof(Scripts))]
        public void The_script_parses_without_errors(string relativePath)
        {
            Parser.ParseFile(Path.Combine(RepositoryPaths.Root, relativePath), out _, out ParseError[] errors);

            Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{relativePath}({e.Extent.StartLineNumber}): {e.Message}")));
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
}
