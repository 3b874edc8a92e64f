using System.Linq;
using PortOne.Recommendation.CatalogDrift.Tests.Support;

namespace PortOne.Recommendation.CatalogDrift.Tests;

/// <summary>The check's findings on the fixture's two repositories, list by list, exactly.</summary>
public sealed class DriftCheckTests(DriftFixture fixture) : IClassFixture<DriftFixture>
{
    private const string Developers = "developers.portone.io";
    private const string HelpCenter = "mcp-server";

    private DriftReport Run(string? since = null) => DriftCheck.Run(
        CatalogFile.Load(fixture.Catalog),
        GitRepository.Open("--developers", Developers, fixture.Developers, PortOneLayout.GuideRoot),
        GitRepository.Open("--help-center", HelpCenter, fixture.HelpCenter, PortOneLayout.HelpRoot),
        since);

    [Fact]
    public void CitedFiles_AreThoseChangedAfterTheNewestCitedCommit_OncePerFile_AcrossTheHelpTreeMove()
    {
        var found = Run().CitedFiles.Select(f => (
            $"{f.Repository}:{f.Path}",
            string.Join(" ", f.Keys),
            f.NewestCited?.Hash,
            string.Join(" ", f.Changes.Select(c => c.Hash)),
            string.Join(" | ", f.Problems)));

        found.Should().Equal(
            ($"{Developers}:{DriftFixture.Guides}v2/inicis-v2.mdx", "D-V2-inicis", fixture.D1, fixture.D2, ""),
            ($"{Developers}:{DriftFixture.CodeList}", "D-V1CODES", fixture.D1, fixture.D3, "the file is no longer at HEAD"),
            // Cited in the old tree at H1: the move (H3) is followed, not reported; the edit after it is.
            ($"{HelpCenter}:{DriftFixture.Help}core-service/how-to-use/inicis-contract.md", "H-INI", fixture.H1, fixture.H4, ""),
            // Two editions cite the package page: compared once, from the newer (H2).
            ($"{HelpCenter}:{DriftFixture.Help}procedure/recommendation/package.md",
                $"H-PKG@{fixture.ShortOf(fixture.H1)} H-PKG@{fixture.ShortOf(fixture.H2)}", fixture.H2, fixture.H5, ""),
            ($"{HelpCenter}:{DriftFixture.Help}service/old-page.md", "H-GONE", null, "", "H-GONE: commit deadbeef is not in the clone"),
            ($"{HelpCenter}:{DriftFixture.Help}service/pg/pg-service-list.md", "H-PGLIST", fixture.H3, fixture.H5, ""));
    }

    [Fact]
    public void ProviderPages_AreTheUncitedPagesNamingACatalogProvider_ChangedAfterTheSnapshot()
    {
        var found = Run().ProviderPages.Select(p => (
            $"{p.Repository}:{p.Path}", p.Url, string.Join(" ", p.Providers), p.Added, string.Join(" ", p.Changes.Select(c => c.Hash))));

        // Not listed: the cited pages (a), the Blue Walnut guide and the Smile Pay page (PGs outside the catalog), the
        // Danal page (unchanged since H1), the unknown PG's page and guide (in the map gaps instead).
        found.Should().Equal(
            ($"{Developers}:{DriftFixture.Guides}v1/nice-v2/readme.mdx",
                "https://developers.portone.io/opi/ko/integration/pg/v1/nice-v2/readme", "NicePayments", false, fixture.D2),
            ($"{Developers}:{DriftFixture.Guides}v2/kcp-v2.mdx",
                "https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2", "NhnKcp", true, fixture.D2),
            ($"{HelpCenter}:{DriftFixture.Help}core-service/how-to-use/kcp-contract.md",
                "https://help.portone.io/content/kcp-contract", "NhnKcp", true, fixture.H5),
            // Named by its title only: "토스페이먼츠", not "토스페이"; added in the old tree before the move, so "changed".
            ($"{HelpCenter}:{DriftFixture.Help}faq/payment-faq/vbank-guide.md",
                "https://help.portone.io/content/vbank-guide", "TossPayments", false, fixture.H5));
    }

    [Fact]
    public void MapGaps_NameTheProviderMissingFromTheMap_AndTheUnknownSpellings()
    {
        var report = Run();

        report.MissingFromMap.Should().Equal("MysteryPay");
        report.UnknownSpellings.Should().Equal(
            new UnknownSpelling("guide name", "newpg", Developers, DriftFixture.Guides + "v2/newpg.mdx"),
            new UnknownSpelling("pgCompanies value", "새결제사", HelpCenter, DriftFixture.Help + "notice-newpg.md"));
    }

    [Fact]
    public void PackagePage_IsComparedWithTheNewestEdition()
    {
        var package = Run().PackagePage;

        package.Path.Should().Be(DriftFixture.Help + "procedure/recommendation/package.md");
        package.NewestVersion!.Hash.Should().Be(fixture.H5);
        package.Edition.Should().Be(new CatalogEdition("February2025", "2025-02-01", $"H-PKG@{fixture.ShortOf(fixture.H2)}"));
        package.EditionCommit!.Hash.Should().Be(fixture.H2);
        package.ChangesAfterEdition.Select(c => c.Hash).Should().Equal(fixture.H5);
        package.Problem.Should().BeNull();
        package.IsDrift.Should().BeTrue();
    }

    [Fact]
    public void Since_MovesTheDayAfterWhichPagesCount()
    {
        var report = Run(since: "2026-02-15");

        report.Since.Should().Be("2026-02-15");
        report.ProviderPages.Select(p => p.Path).Should().Equal(
            DriftFixture.Guides + "v1/nice-v2/readme.mdx", DriftFixture.Guides + "v2/kcp-v2.mdx");
        report.UnknownSpellings.Select(u => u.Spelling).Should().Equal("newpg");
    }

    [Fact]
    public void Since_OnTheDayOfAChange_DoesNotCountIt()
    {
        Run(since: "2026-03-01").ProviderPages.Should().BeEmpty();
    }

    [Fact]
    public void Heads_AreTheCommitsRead()
    {
        Run().Heads.Select(h => (h.Repository, h.Head.Hash, h.Head.Date)).Should().Equal(
            (Developers, fixture.D3, "2026-03-02"), (HelpCenter, fixture.H5, "2026-02-01"));
    }
}
