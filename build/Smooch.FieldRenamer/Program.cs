using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Rename;

namespace Smooch.FieldRenamer;

/// <summary>
/// Renames every private field that breaks the naming rules of .editorconfig: instance fields to _camelCase,
/// static fields to s_camelCase. Constants are left alone (PascalCase). A rename is Roslyn's, so every reference
/// follows, in every project and target framework of the given project files. Usage: FieldRenamer project.csproj...
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: Smooch.FieldRenamer <project.csproj>...");
            return 2;
        }

        using MSBuildWorkspace workspace = MSBuildWorkspace.Create();
        foreach (string path in args)
        {
            string full = Path.GetFullPath(path);
            if (!workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, full, StringComparison.Ordinal)))
            {
                await workspace.OpenProjectAsync(full);
            }
        }

        // A project reference that only orders the build (ReferenceOutputAssembly="false" to the multi-targeted module)
        // makes MSBuildWorkspace complain; the projects still load. Shown, not fatal: the build that follows checks.
        foreach (string message in workspace.Diagnostics.Select(d => d.Message).Distinct())
        {
            Console.Error.WriteLine($"workspace: {message}");
        }

        bool failed = false;

        Solution original = workspace.CurrentSolution;
        Solution solution = original;
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        int renamed = 0;
        while (true)
        {
            (IFieldSymbol Field, string NewName)? next = await FindNextAsync(solution, skipped);
            if (next is null)
            {
                break;
            }
            (IFieldSymbol field, string newName) = next.Value;
            string where = $"{field.ContainingType.ToDisplayString()}.{field.Name}";
            if (field.ContainingType.GetMembers(newName).Length > 0)
            {
                Console.Error.WriteLine($"skipped {where}: {newName} already exists");
                skipped.Add(Key(field));
                failed = true;
                continue;
            }
            solution = await Renamer.RenameSymbolAsync(solution, field, new SymbolRenameOptions(), newName);
            Console.WriteLine($"{where} -> {newName}");
            renamed++;
        }

        // Write each changed file once; a file shared by several projects (target frameworks, linked files) must
        // come out the same in all of them.
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ProjectChanges projectChanges in solution.GetChanges(original).GetProjectChanges())
        {
            foreach (DocumentId id in projectChanges.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true))
            {
                Document document = solution.GetDocument(id)!;
                string text = (await document.GetTextAsync()).ToString();
                string path = document.FilePath!;
                if (texts.TryGetValue(path, out string? other) && other != text)
                {
                    Console.Error.WriteLine($"{path}: the renames differ between the projects that compile it");
                    failed = true;
                    continue;
                }
                texts[path] = text;
            }
        }
        foreach (KeyValuePair<string, string> file in texts)
        {
            File.WriteAllText(file.Key, file.Value, new System.Text.UTF8Encoding(false));
        }
        Console.WriteLine($"{renamed} field(s) renamed in {texts.Count} file(s)");
        return failed ? 1 : 0;
    }

    private static string Key(IFieldSymbol field) =>
        $"{field.ContainingType.ToDisplayString()}.{field.Name}";

    private static async Task<(IFieldSymbol, string)?> FindNextAsync(Solution solution, HashSet<string> skipped)
    {
        foreach (Project project in solution.Projects)
        {
            foreach (Document document in project.Documents)
            {
                SyntaxNode? root = await document.GetSyntaxRootAsync();
                if (root is null || document.FilePath is null || document.FilePath.Contains("/obj/", StringComparison.Ordinal))
                {
                    continue;
                }
                SemanticModel? model = null;
                foreach (VariableDeclaratorSyntax declarator in root.DescendantNodes().OfType<VariableDeclaratorSyntax>())
                {
                    if (declarator.Parent?.Parent is not FieldDeclarationSyntax)
                    {
                        continue;
                    }
                    model ??= await document.GetSemanticModelAsync();
                    if (model!.GetDeclaredSymbol(declarator) is not IFieldSymbol field
                        || field.DeclaredAccessibility != Accessibility.Private
                        || field.IsConst
                        || field.IsImplicitlyDeclared
                        || skipped.Contains(Key(field)))
                    {
                        continue;
                    }
                    string wanted = WantedName(field);
                    if (wanted != field.Name)
                    {
                        return (field, wanted);
                    }
                }
            }
        }
        return null;
    }

    private static string WantedName(IFieldSymbol field)
    {
        string name = field.Name;
        foreach (string prefix in new[] { "s_", "m_", "t_", "_" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                name = name.Substring(prefix.Length);
                break;
            }
        }
        name = char.ToLowerInvariant(name[0]) + name.Substring(1);
        // An all-capitals acronym (URL) becomes url, not uRL.
        if (name.Length > 1 && name.Skip(1).All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            name = name.ToLowerInvariant();
        }
        return (field.IsStatic ? "s_" : "_") + name;
    }
}
