using System;
using System.Linq;
using System.Xml.Linq;
using PortOne.Recommendation.PackageTests.Support;

namespace PortOne.Recommendation.PackageTests;

public sealed class PackageMetadataTests
{
    private static PackageArchive Package => PackageArchive.Package;

    [Fact]
    public void Identity_IsTheLibrarysIdAndTheRepositorysVersion()
    {
        Package.MetadataValue("id").Should().Be(Expected.PackageId);
        Package.MetadataValue("version").Should().Be(Expected.PackageVersion);
    }

    [Fact]
    public void Tokens_AreAllReplaced()
    {
        Package.NuspecText.Should().NotContain("$", "every $token$ of the nuspec must get a value when packing");
    }

    [Fact]
    public void License_IsTheMitExpression()
    {
        var license = Package.Metadata.Element(Package.Namespace + "license");

        license.Should().NotBeNull();
        license!.Attribute("type")?.Value.Should().Be("expression");
        license.Value.Should().Be("MIT");
        Package.MetadataValue("requireLicenseAcceptance").Should().NotBe("true");
    }

    [Fact]
    public void Readme_IsThePackagedReadme()
    {
        Package.MetadataValue("readme").Should().Be("README.md");
        Package.EntryNames.Should().Contain("README.md");
    }

    [Fact]
    public void Description_IsEnglish_WithAKoreanLine()
    {
        var lines = Package.MetadataValue("description")!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        lines.Should().HaveCountGreaterThan(1);
        lines[0].Should().Contain("PortOne").And.Match(l => !Hangul.IsIn(l), "the description opens in English");
        lines.Should().Contain(l => Hangul.IsIn(l), "a line in Korean follows");
    }

    [Fact]
    public void AuthorsCopyrightTagsAndReleaseNotes_AreSet()
    {
        Package.MetadataValue("authors").Should().Be(Expected.Authors);
        Package.MetadataValue("copyright").Should().Contain(Expected.Authors);
        Package.MetadataValue("tags")!.Split(' ').Should().Contain(["portone", "payments", "nrules"]);
        Package.MetadataValue("releaseNotes").Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void DependencyGroups_AreOnePerLibFolder()
    {
        var libFolders = Package.EntryNames.Where(n => n.StartsWith("lib/", StringComparison.Ordinal)).Select(n => n.Split('/')[1]).Distinct();

        Groups().Select(g => ShortName((string)g.Attribute("targetFramework")!)).Should()
            .BeEquivalentTo(Expected.TargetFrameworks).And.BeEquivalentTo(libFolders);
        Package.Metadata.Element(Package.Namespace + "dependencies")!.Elements(Package.Namespace + "dependency")
            .Should().BeEmpty("every dependency belongs to a target's group");
    }

    [Fact]
    public void DependencyGroups_NameNRulesAndTheDependencyInjectionAbstractions_AndOnNet8FastExpressionCompiler_AtTheCentralVersions()
    {
        foreach (var group in Groups())
        {
            var framework = ShortName((string)group.Attribute("targetFramework")!);
            var expected = framework == "net8.0" ? Expected.Dependencies.Concat(Expected.Net8Dependencies) : Expected.Dependencies;
            group.Elements(Package.Namespace + "dependency")
                .Select(d => (Id: (string?)d.Attribute("id"), Version: (string?)d.Attribute("version"), Exclude: (string?)d.Attribute("exclude")))
                .Should().BeEquivalentTo(
                    expected.Select(d => (Id: (string?)d.Key, Version: (string?)d.Value, Exclude: (string?)"Build,Analyzers")),
                    "the {0} group must list them", framework);
        }
    }

    private static XElement[] Groups() =>
        Package.Metadata.Element(Package.Namespace + "dependencies")?.Elements(Package.Namespace + "group").ToArray() ?? [];

    /// <summary>The lib folder name of a framework as NuGet writes it in a packed nuspec (.NETStandard2.0 is
    /// netstandard2.0; net8.0 stays).</summary>
    private static string ShortName(string framework) =>
        framework.StartsWith(".NETStandard", StringComparison.OrdinalIgnoreCase)
            ? "netstandard" + framework[".NETStandard".Length..]
            : framework.ToLowerInvariant();
}
