using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Smooch.PowerShell.Tests.Source;

/// <summary>
/// Finds lambdas in a cmdlet's source that may run after the next piped object is bound, yet read the cmdlet's
/// parameters: those inside <c>new GetOrList&lt;T&gt;(...)</c>, which the bulk path runs concurrently, later.
/// Such a lambda reads the next object's value (Get-SmoochIntegrationKey's -AppId, Get-SmoochOrganizationCredential's
/// -OrganizationId); the body must copy the value into a local first.
/// </summary>
internal static class DeferredParameterReads
{
    private const string DeferredWork = "GetOrList";

    /// <summary>One line per read: "Class: Parameter in the lambda at line N".</summary>
    public static IReadOnlyList<string> Find(string source)
    {
        CompilationUnitSyntax root = CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot();
        var found = new List<string>();
        foreach (ClassDeclarationSyntax cmdlet in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
        {
            var parameters = cmdlet.Members.OfType<PropertyDeclarationSyntax>()
                .Where(IsParameter)
                .Select(p => p.Identifier.Text)
                .ToHashSet();
            IEnumerable<LambdaExpressionSyntax> deferred = cmdlet.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>()
                .Where(IsDeferredWork)
                .SelectMany(creation => creation.ArgumentList?.DescendantNodes().OfType<LambdaExpressionSyntax>() ?? Enumerable.Empty<LambdaExpressionSyntax>());
            foreach (LambdaExpressionSyntax lambda in deferred)
            {
                foreach (IdentifierNameSyntax read in lambda.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => parameters.Contains(n.Identifier.Text) && IsOwnMember(n)))
                {
                    int line = read.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    found.Add($"{cmdlet.Identifier.Text}: {read.Identifier.Text} in a deferred lambda at line {line}");
                }
            }
        }

        return found.Distinct().ToList();
    }

    private static bool IsParameter(PropertyDeclarationSyntax property) =>
        property.AttributeLists.SelectMany(list => list.Attributes).Any(a => a.Name.ToString() is "Parameter" or "ParameterAttribute");

    private static bool IsDeferredWork(BaseObjectCreationExpressionSyntax creation) => creation is ObjectCreationExpressionSyntax { Type: var type }
        && (type is GenericNameSyntax { Identifier.Text: DeferredWork } || type is QualifiedNameSyntax { Right: GenericNameSyntax { Identifier.Text: DeferredWork } });

    /// <summary>A bare name or <c>this.Name</c>, not <c>other.Name</c> (a lambda parameter's member of the same name).</summary>
    private static bool IsOwnMember(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access when access.Name == name => access.Expression is ThisExpressionSyntax,
        _ => true,
    };
}
