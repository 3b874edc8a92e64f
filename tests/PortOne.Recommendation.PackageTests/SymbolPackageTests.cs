using System;
using System.Linq;
using PortOne.Recommendation.PackageTests.Support;

namespace PortOne.Recommendation.PackageTests;

public sealed class SymbolPackageTests
{
    public static TheoryData<string> TargetFrameworks => new(Expected.TargetFrameworks);

    private static PackageArchive Symbols => PackageArchive.Symbols;

    [Fact]
    public void SymbolPackage_BesideThePackage_HoldsOnePdbPerTarget()
    {
        Symbols.MetadataValue("id").Should().Be(Expected.PackageId);
        Symbols.MetadataValue("version").Should().Be(Expected.PackageVersion);
        Symbols.Metadata.Element(Symbols.Namespace + "packageTypes")?.Elements(Symbols.Namespace + "packageType")
            .Select(t => (string?)t.Attribute("name")).Should().Equal("SymbolsPackage");
        Symbols.EntryNames.Where(n => n.StartsWith("lib/", StringComparison.Ordinal))
            .Should().BeEquivalentTo(Expected.TargetFrameworks.Select(f => $"lib/{f}/PortOne.Recommendation.pdb"));
    }

    [Theory]
    [MemberData(nameof(TargetFrameworks))]
    public void Pdb_IsTheOneThePackagedAssemblyWasBuiltWith(string framework)
    {
        var assembly = AssemblyFacts.Read(PackageArchive.Package.Read($"lib/{framework}/PortOne.Recommendation.dll"));
        var pdbId = AssemblyFacts.PortablePdbId(Symbols.Read($"lib/{framework}/PortOne.Recommendation.pdb"));

        assembly.PdbId.Should().Be(pdbId);
    }
}
