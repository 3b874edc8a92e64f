using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PortOne.Recommendation.PackageTests.Support;

namespace PortOne.Recommendation.PackageTests;

public sealed class PackageContentTests
{
    private const string InformationalVersion = "System.Reflection.AssemblyInformationalVersionAttribute";
    private const string TargetFramework = "System.Runtime.Versioning.TargetFrameworkAttribute";
    private const string NeutralLanguage = "System.Resources.NeutralResourcesLanguageAttribute";
    private const string CoreProperties = "package/services/metadata/core-properties/";

    public static TheoryData<string> TargetFrameworks => new(Expected.TargetFrameworks);

    private static PackageArchive Package => PackageArchive.Package;

    [Fact]
    public void Library_CarriesKoreanAndEnglishInTheMainAssembly_WithNoSatellite()
    {
        // Both languages are resources of the main assembly, so English works where no culture can be created
        // (globalization-invariant mode); the file list below follows the library's .resx files.
        Expected.SatelliteCultures.Should().BeEmpty();
        Expected.Resources.Should().HaveCountGreaterThanOrEqualTo(2).And.OnlyContain(r => r.Culture == null);
        Expected.Resources.Select(r => r.ManifestName).Should().Contain([
            "PortOne.Recommendation.Localization.Texts.resources",
            "PortOne.Recommendation.Localization.TextsEnglish.resources"]);
    }

    [Fact]
    public void Package_HoldsPerTargetTheAssemblyAndItsDocs_AndTheReadmeAndLicense()
    {
        var expected = new List<string> { "_rels/.rels", "[Content_Types].xml", "PortOne.Recommendation.nuspec", "README.md", "LICENSE" };
        foreach (var framework in Expected.TargetFrameworks)
        {
            expected.Add($"lib/{framework}/PortOne.Recommendation.dll");
            expected.Add($"lib/{framework}/PortOne.Recommendation.xml");
            expected.AddRange(Expected.SatelliteCultures.Select(c => $"lib/{framework}/{c}/PortOne.Recommendation.resources.dll"));
        }

        Package.EntryNames.Where(n => !n.StartsWith(CoreProperties, StringComparison.Ordinal)).Should().BeEquivalentTo(expected);
        Package.EntryNames.Where(n => n.StartsWith(CoreProperties, StringComparison.Ordinal))
            .Should().ContainSingle().Which.Should().EndWith(".psmdcp");
    }

    [Theory]
    [MemberData(nameof(TargetFrameworks))]
    public void Assembly_IsTheBuildOfItsTarget_WithThePackageVersion_AndTheKoreanTexts(string framework)
    {
        var assembly = AssemblyFacts.Read(Package.Read($"lib/{framework}/PortOne.Recommendation.dll"),
            InformationalVersion, TargetFramework, NeutralLanguage);

        assembly.Name.Should().Be(Expected.AssemblyName);
        assembly.Version.Should().Be(AssemblyVersion());
        assembly.StringAttribute(InformationalVersion).Should().MatchRegex(
            "^" + Regex.Escape(Expected.PackageVersion) + @"\+[0-9a-f]{40}$", "the version reaches the assembly, with the commit it was built from");
        assembly.StringAttribute(TargetFramework).Should().Be(framework switch
        {
            "netstandard2.0" => ".NETStandard,Version=v2.0",
            "net8.0" => ".NETCoreApp,Version=v8.0",
            _ => "a framework this test does not know: " + framework,
        });
        assembly.StringAttribute(NeutralLanguage).Should().Be("ko");
        // The texts are its only resources: the provider catalog is compiled into code (no XML is read at run time).
        assembly.ManifestResources.Should().BeEquivalentTo(Expected.Resources.Where(r => r.Culture == null).Select(r => r.ManifestName));
    }

    [Fact]
    public void Assemblies_OfEveryTarget_ComeFromTheSameCommit()
    {
        Expected.TargetFrameworks
            .Select(f => AssemblyFacts.Read(Package.Read($"lib/{f}/PortOne.Recommendation.dll"), InformationalVersion).StringAttribute(InformationalVersion))
            .Distinct()
            .Should().ContainSingle();
    }

    [Theory]
    [MemberData(nameof(TargetFrameworks))]
    public void XmlDocs_DocumentTheAssemblysPublicApi(string framework)
    {
        var docs = XDocument.Load(new MemoryStream(Package.Read($"lib/{framework}/PortOne.Recommendation.xml")));

        docs.Root!.Element("assembly")!.Element("name")!.Value.Should().Be(Expected.AssemblyName);
        var members = docs.Root.Element("members")!.Elements("member").Select(m => (string?)m.Attribute("name")).ToList();
        members.Should().Contain("T:PortOne.Recommendation.RecommendationEngine");
        members.Should().Contain(m => m!.StartsWith("M:PortOne.Recommendation.RecommendationServiceCollectionExtensions.AddPortOneRecommendation(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("README.md", "src/PortOne.Recommendation/README.md")]
    [InlineData("LICENSE", "LICENSE")]
    public void Document_IsTheRepositorysFile(string name, string source)
    {
        Package.Read(name).Should().Equal(File.ReadAllBytes(Path.Combine(Expected.RepositoryRoot, source)));
    }

    /// <summary>The assembly version the SDK derives from the package version: 0.1.0 (or 0.1.0-beta) gives 0.1.0.0.</summary>
    private static Version AssemblyVersion()
    {
        var numbers = Version.Parse(Expected.PackageVersion.Split('-', '+')[0]);
        return new Version(numbers.Major, numbers.Minor, Math.Max(numbers.Build, 0), Math.Max(numbers.Revision, 0));
    }
}
