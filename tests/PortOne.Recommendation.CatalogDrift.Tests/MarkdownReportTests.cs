using PortOne.Recommendation.CatalogDrift.Tests.Support;

namespace PortOne.Recommendation.CatalogDrift.Tests;

/// <summary>The whole Markdown report on the fixture, line by line.</summary>
public sealed class MarkdownReportTests(DriftFixture fixture) : IClassFixture<DriftFixture>
{
    [Fact]
    public void Report_ListsEachFindingWithShortHashesAndDates()
    {
        var report = DriftCheck.Run(
            CatalogFile.Load(fixture.Catalog),
            GitRepository.Open("--developers", "developers.portone.io", fixture.Developers, PortOneLayout.GuideRoot),
            GitRepository.Open("--help-center", "mcp-server", fixture.HelpCenter, PortOneLayout.HelpRoot));
        string S(string hash) => fixture.ShortOf(hash);
        const string G = "src/routes/(root)/opi/ko/integration/pg/";

        MarkdownReport.Render(report).Should().Be($"""
            # Catalog drift

            Catalog version test-1, snapshot 2026-01-01. Clones read at HEAD:

            - portone-io/developers.portone.io: `{S(fixture.D3)}` (2026-03-02)
            - portone-io/mcp-server: `{S(fixture.H5)}` (2026-02-01)

            Found: (a) 6 cited files; (b) 4 pages and 3 map gaps; (c) the package page changed after the newest edition.

            ## (a) Cited files changed after the cited commit

            - `portone-io/developers.portone.io:{G}v2/inicis-v2.mdx`, cited by D-V2-inicis, newest cited `{S(fixture.D1)}` (2025-03-01)
              - `{S(fixture.D2)}` 2026-03-01 guides: March update
            - `portone-io/developers.portone.io:src/routes/(root)/opi/ko/support/code-info/pg-2.mdx`, cited by D-V1CODES, newest cited `{S(fixture.D1)}` (2025-03-01)
              - `{S(fixture.D3)}` 2026-03-02 remove the V1 code list
              - problem: the file is no longer at HEAD
            - `portone-io/mcp-server:assets/docs/help/core-service/how-to-use/inicis-contract.md`, cited by H-INI, newest cited `{S(fixture.H1)}` (2025-01-10)
              - `{S(fixture.H4)}` 2025-08-01 inicis contract: new step
            - `portone-io/mcp-server:assets/docs/help/procedure/recommendation/package.md`, cited by H-PKG@{S(fixture.H1)}, H-PKG@{S(fixture.H2)}, newest cited `{S(fixture.H2)}` (2025-02-01)
              - `{S(fixture.H5)}` 2026-02-01 update documentation
            - `portone-io/mcp-server:assets/docs/help/service/old-page.md`, cited by H-GONE
              - problem: H-GONE: commit deadbeef is not in the clone
            - `portone-io/mcp-server:assets/docs/help/service/pg/pg-service-list.md`, cited by H-PGLIST, newest cited `{S(fixture.H3)}` (2025-07-15)
              - `{S(fixture.H5)}` 2026-02-01 update documentation

            ## (b) Pages naming a catalog provider, added or changed after 2026-01-01, cited by no source

            - `portone-io/developers.portone.io:{G}v1/nice-v2/readme.mdx` (https://developers.portone.io/opi/ko/integration/pg/v1/nice-v2/readme): changed, names NicePayments
              - `{S(fixture.D2)}` 2026-03-01 guides: March update
            - `portone-io/developers.portone.io:{G}v2/kcp-v2.mdx` (https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2): added, names NhnKcp
              - `{S(fixture.D2)}` 2026-03-01 guides: March update
            - `portone-io/mcp-server:assets/docs/help/core-service/how-to-use/kcp-contract.md` (https://help.portone.io/content/kcp-contract): added, names NhnKcp
              - `{S(fixture.H5)}` 2026-02-01 update documentation
            - `portone-io/mcp-server:assets/docs/help/faq/payment-faq/vbank-guide.md` (https://help.portone.io/content/vbank-guide): changed, names TossPayments
              - `{S(fixture.H5)}` 2026-02-01 update documentation

            Gaps in the tool's spelling map (ProviderSpellings.cs), so pages may have been missed:

            - catalog provider MysteryPay has no entry: its pages were not looked for
            - guide name "newpg" (`portone-io/developers.portone.io:{G}v2/newpg.mdx`) is in no entry
            - pgCompanies value "새결제사" (`portone-io/mcp-server:assets/docs/help/notice-newpg.md`) is in no entry

            ## (c) The recommended-package page against the newest edition

            - Page: `portone-io/mcp-server:assets/docs/help/procedure/recommendation/package.md`, newest version `{S(fixture.H5)}` (2026-02-01)
            - Newest edition: February2025, effective 2025-02-01, source H-PKG@{S(fixture.H2)} at `{S(fixture.H2)}` (2025-02-01)
            - Changed after the newest edition's commit (a new edition may be due):
              - `{S(fixture.H5)}` 2026-02-01 update documentation

            """);
    }
}
