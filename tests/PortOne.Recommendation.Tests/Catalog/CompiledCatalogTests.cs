using System;
using System.IO;
using System.Linq;
using System.Text;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Catalog;

/// <summary>
/// The library parses no XML: it constructs its catalog from <c>ProviderCatalog.Generated.cs</c>, which the catalog
/// compiler (<c>tools/PortOne.Recommendation.CatalogCompiler</c>) writes from <c>ProviderCatalog.xml</c>. The checked-in
/// file must be what the compiler writes today, byte for byte. After changing the XML (or the compiler), regenerate it
/// from the repository root with <c>dotnet run --project tools/PortOne.Recommendation.CatalogCompiler</c>, or with
/// <c>UPDATE_CATALOG=1 dotnet test tests/PortOne.Recommendation.Tests --filter FullyQualifiedName~CompiledCatalogTests</c>,
/// and review the diff.
/// </summary>
public sealed class CompiledCatalogTests
{
    private const string UpdateVariable = "UPDATE_CATALOG";

    [Fact]
    public void GeneratedFile_IsWhatTheCompilerWritesFromTheXml_ByteForByte()
    {
        using var reader = new StringReader(CatalogFiles.XmlText());
        var expected = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
            .GetBytes(CatalogCodeWriter.Write(ProviderCatalogReader.Read(reader, CatalogCodeWriter.SourcePath)));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(CatalogFiles.GeneratedPath, expected);
        }

        var actual = File.Exists(CatalogFiles.GeneratedPath) ? File.ReadAllBytes(CatalogFiles.GeneratedPath) : [];
        actual.AsSpan().SequenceEqual(expected).Should().BeTrue(
            "{0} must be what the catalog compiler writes from {1} (they first differ on line {2}); regenerate it from the "
            + "repository root with `{3}` or `{4}=1 dotnet test tests/PortOne.Recommendation.Tests --filter "
            + "FullyQualifiedName~CompiledCatalogTests`, then review the diff",
            CatalogCodeWriter.GeneratedPath, CatalogCodeWriter.SourcePath, FirstDifferentLine(actual, expected), CatalogCodeWriter.Command, UpdateVariable);
    }

    [Fact]
    public void CompiledCatalog_IsTheCatalogTheXmlReadsAs()
    {
        var compiled = ProviderCatalog.Default;
        var parsed = ProviderCatalogReader.Parse(new StringReader(CatalogFiles.XmlText()), "test");

        compiled.Version.Should().Be(parsed.Version).And.Be(RecommendationEngine.CatalogVersion);
        compiled.SourceUrls.ToList().Should().Equal(parsed.SourceUrls.ToList());
        compiled.SourceEvidence.ToList().Should().Equal(parsed.SourceEvidence.ToList());
        compiled.Capabilities.Should().BeEquivalentTo(parsed.Capabilities, o => o.WithStrictOrdering().ComparingRecordsByMembers());
        compiled.AddOns.Should().BeEquivalentTo(parsed.AddOns, o => o.WithStrictOrdering().ComparingRecordsByMembers());
        compiled.Limits.Should().BeEquivalentTo(parsed.Limits, o => o.WithStrictOrdering().ComparingRecordsByMembers());
        compiled.Editions.Should().BeEquivalentTo(parsed.Editions, o => o.WithStrictOrdering().ComparingRecordsByMembers());
        compiled.LatestEdition.Should().Be(parsed.LatestEdition);
        compiled.ProviderAdvisories.Should().BeEquivalentTo(parsed.ProviderAdvisories, o => o.WithStrictOrdering().ComparingRecordsByMembers());
        compiled.Procedures.Should().BeEquivalentTo(parsed.Procedures, o => o.WithStrictOrdering().ComparingRecordsByMembers());
        compiled.SiteRequirements.Should().BeEquivalentTo(parsed.SiteRequirements, o => o.WithStrictOrdering().ComparingRecordsByMembers());
        compiled.IndustrySourceKey.Should().Be(parsed.IndustrySourceKey);
        foreach (var industry in EnumValues<MerchantIndustry>.All)
        {
            compiled.Industry(industry).Should().BeEquivalentTo(parsed.Industry(industry), o => o.ComparingRecordsByMembers());
        }

        foreach (var provider in EnumValues<PaymentProvider>.All)
        {
            compiled.ProviderApi(provider).Should().Be(parsed.ProviderApi(provider), "{0}", provider);
            compiled.ProviderSource(provider).Should().Be(parsed.ProviderSource(provider), "{0}", provider);
        }

        foreach (var code in EnumValues<AdvisoryCode>.All)
        {
            SourceOrNull(() => compiled.AdvisorySourceUrl(code)).Should().Be(SourceOrNull(() => parsed.AdvisorySourceUrl(code)), "{0}", code);
            foreach (var provider in EnumValues<PaymentProvider>.All)
            {
                SourceOrNull(() => compiled.AdvisorySourceUrl(code, provider))
                    .Should().Be(SourceOrNull(() => parsed.AdvisorySourceUrl(code, provider)), "{0} about {1}", code, provider);
            }
        }

        foreach (var kind in EnumValues<ProviderCapability>.All)
        {
            foreach (var api in new PortOneApiVersion?[] { null, PortOneApiVersion.V1, PortOneApiVersion.V2 })
            {
                for (var mask = 0; mask < EasyPayBrandSet.MaskCount; mask++)
                {
                    var brands = EasyPayBrandSet.FromMask(mask);
                    compiled.Candidates(kind, api, brands).Should().Equal(parsed.Candidates(kind, api, brands), "{0} on {1} for {2}", kind, api, mask);
                    compiled.CandidateSet(kind, api, brands).Should().Be(parsed.CandidateSet(kind, api, brands));
                }
            }
        }
    }

    private static string? SourceOrNull(Func<string> url)
    {
        try
        {
            return url();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static int FirstDifferentLine(byte[] actual, byte[] expected)
    {
        var line = 1;
        for (var i = 0; i < Math.Min(actual.Length, expected.Length) && actual[i] == expected[i]; i++)
        {
            line += actual[i] == (byte)'\n' ? 1 : 0;
        }

        return line;
    }
}
