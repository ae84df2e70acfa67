using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace Smooch.PowerShell.Tests.Metadata;

/// <summary>Smooch.Format.ps1xml: one table view per output type (and at most one list view), only real properties, never a secret.</summary>
public class FormatDataTests : IDisposable
{
    private static readonly string[] s_secretProperties = { "Secret", "ClientSecret", "Token" };

    private readonly ModuleAssemblyMetadata _metadata = ModuleAssemblyMetadata.Open();
    private readonly Dictionary<string, Type> _models;
    private readonly XDocument _format = XDocument.Load(Path.Combine(RepositoryPaths.StagedModule, "Smooch.Format.ps1xml"));

    public FormatDataTests()
    {
        _models = _metadata.Assembly.GetTypes()
            .Select(t => (Type: t, Name: CmdletMetadataTests.TypeNameOf(t)))
            .Where(t => t.Name is not null)
            .ToDictionary(t => t.Name!, t => t.Type, StringComparer.Ordinal);
    }

    public void Dispose() => _metadata.Dispose();

    [Fact]
    public void Every_output_type_has_exactly_one_table_view_and_at_most_one_list_view()
    {
        var tables = Selected("TableControl");
        var lists = Selected("ListControl");

        Assert.Equal(_models.Keys.OrderBy(k => k, StringComparer.Ordinal), tables.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(lists.Distinct().Count(), lists.Count);
        Assert.All(lists, type => Assert.Contains(type, _models.Keys));
        Assert.All(_format.Descendants("View"), v => Assert.True(v.Element("TableControl") is not null || v.Element("ListControl") is not null));
    }

    [Fact]
    public void The_inventory_types_have_a_list_view_too()
    {
        Assert.Equal(new[] { "Smooch.App", "Smooch.Integration" }, Selected("ListControl").OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Views_show_only_existing_properties_and_never_a_secret()
    {
        foreach (XElement view in _format.Descendants("View"))
        {
            Type model = _models[view.Element("ViewSelectedBy")!.Element("TypeName")!.Value];
            var properties = model.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var shown = view.Descendants("PropertyName").Select(p => p.Value).ToList();

            Assert.NotEmpty(shown);
            Assert.All(shown, p => Assert.True(properties.Contains(p), $"{model.Name} has no property {p}"));
            Assert.DoesNotContain(shown, s_secretProperties.Contains);
            Assert.DoesNotContain(view.Descendants("ScriptBlock"), _ => true);
            if (view.Element("TableControl") is not null)
            {
                Assert.Equal(view.Descendants("TableColumnHeader").Count(), shown.Count);
            }
        }
    }

    private List<string> Selected(string control) => _format.Descendants("View")
        .Where(v => v.Element(control) is not null)
        .Select(v => v.Element("ViewSelectedBy")!.Element("TypeName")!.Value)
        .ToList();

    [Fact]
    public void Models_that_carry_a_secret_are_the_created_ones_only()
    {
        var withSecret = _models.Values.Where(m => m.GetProperties().Any(p => s_secretProperties.Contains(p.Name))).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "AppKey", "IntegrationKey", "OrganizationCredential", "RotatedAppKey", "RotatedIntegrationKey", "RotatedOrganizationCredential",
                "RotatedServiceAccountKey", "ServerJwt", "ServiceAccountKey",
            },
            withSecret);
    }
}
