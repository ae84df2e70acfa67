using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Smooch.PowerShell.Tests;

public class ManifestTests
{
    private static readonly ModuleManifest s_manifest = ModuleManifest.Load(RepositoryPaths.SourceManifest);

    [Theory]
    [InlineData("GUID")]
    [InlineData("ModuleVersion")]
    [InlineData("Author")]
    [InlineData("CompanyName")]
    [InlineData("Copyright")]
    [InlineData("Description")]
    [InlineData("RootModule")]
    [InlineData("PowerShellVersion")]
    public void Has_every_gallery_field(string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(s_manifest.String(key)), $"{key} is missing or empty");
    }

    [Fact]
    public void Guid_is_a_guid_and_root_module_is_the_loader()
    {
        Assert.True(Guid.TryParse(s_manifest.String("GUID"), out _));
        Assert.Equal("Smooch.psm1", s_manifest.String("RootModule"));
        Assert.Equal("5.1", s_manifest.String("PowerShellVersion"));
    }

    [Fact]
    public void Runs_on_both_editions()
    {
        Assert.Equal(new[] { "Core", "Desktop" }, s_manifest.Strings("CompatiblePSEditions").OrderBy(e => e, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("CmdletsToExport")]
    [InlineData("FunctionsToExport")]
    [InlineData("AliasesToExport")]
    [InlineData("VariablesToExport")]
    public void Exports_are_explicit_lists_without_wildcards(string key)
    {
        Assert.True(s_manifest.Data.ContainsKey(key), $"{key} must be present so PowerShell does not export everything");
        Assert.DoesNotContain(s_manifest.Strings(key), name => name.Contains('*') || name.Contains('?'));
    }

    [Fact]
    public void Exports_no_functions_aliases_or_variables()
    {
        Assert.Empty(s_manifest.Strings("FunctionsToExport"));
        Assert.Empty(s_manifest.Strings("AliasesToExport"));
        Assert.Empty(s_manifest.Strings("VariablesToExport"));
    }

    [Fact]
    public void Has_no_HelpInfoURI_because_help_ships_in_the_module()
    {
        Assert.False(s_manifest.Data.ContainsKey("HelpInfoURI"));
    }

    [Fact]
    public void Gallery_data_has_tags_for_every_edition_and_platform_and_only_https_links()
    {
        var tags = ((object[])s_manifest.PSData["Tags"]!).Cast<string>().ToArray();
        foreach (string tag in new[] { "PSEdition_Desktop", "PSEdition_Core", "Windows", "Linux", "MacOS" })
        {
            Assert.Contains(tag, tags);
        }

        Assert.DoesNotContain(tags, t => t.Contains(' '));
        // Optional (the project has no public address yet; LICENSE ships in the module), but https when present.
        foreach (string key in new[] { "ProjectUri", "LicenseUri", "IconUri" })
        {
            if (s_manifest.PSData.ContainsKey(key))
            {
                Assert.True(Uri.TryCreate(s_manifest.PSData[key] as string, UriKind.Absolute, out Uri? uri) && uri.Scheme == "https", $"{key} must be an https URI");
            }
        }

        Assert.False(string.IsNullOrWhiteSpace(s_manifest.PSData["ReleaseNotes"] as string));
    }

    [Fact]
    public void Staged_manifest_version_comes_from_the_one_version_source()
    {
        string props = Path.Combine(RepositoryPaths.Root, "Directory.Build.props");
        string version = XDocument.Load(props).Descendants("VersionPrefix").Single().Value;

        var staged = ModuleManifest.Load(RepositoryPaths.StagedManifest);

        Assert.Equal(version, staged.String("ModuleVersion"));
        Assert.True(Version.TryParse(version, out _));
    }

    [Fact]
    public void Source_manifest_carries_the_version_token_instead_of_a_version()
    {
        Assert.Equal("{{ModuleVersion}}", s_manifest.String("ModuleVersion"));
    }
}
