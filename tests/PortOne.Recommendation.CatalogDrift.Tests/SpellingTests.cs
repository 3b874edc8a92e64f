using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PortOne.Recommendation.CatalogDrift.Tests;

/// <summary>The provider ↔ spelling map, the front-matter reader, and the map against the shipped catalog.</summary>
public sealed class SpellingTests
{
    private static readonly string[] Providers = ["KgInicis", "NhnKcp", "TossPayments", "TossPay", "NaverPay", "KgFinancial"];

    [Fact]
    public void FrontMatter_ReadsTitleAndPgCompanies_BlockOrFlow_WithoutNullsOrQuotes()
    {
        FrontMatter.Parse("---\ntitle: 'KG이니시스 계약'\npgCompanies:\n  - KG이니시스\n  - null\n  - \"NHN KCP\"\ntags:\n  - 태그\n---\n본문\npgCompanies:\n  - 다날\n")
            .Should().BeEquivalentTo(new FrontMatter("KG이니시스 계약", ["KG이니시스", "NHN KCP"]));
        FrontMatter.Parse("---\r\npgCompanies: [다날, 'KICC']\r\ntitle: 안내\r\n---\r\n")
            .Should().BeEquivalentTo(new FrontMatter("안내", ["다날", "KICC"]));
        FrontMatter.Parse("title: 앞머리 없음\n").Should().BeEquivalentTo(new FrontMatter(string.Empty, []));
    }

    [Theory]
    [InlineData("faq/a.md", "토스페이먼츠 가상계좌", "", "TossPayments")]
    [InlineData("faq/a.md", "토스페이 안내", "", "TossPay")]
    [InlineData("faq/a.md", "토스페이먼츠와 토스페이", "", "TossPayments TossPay")]
    [InlineData("faq/a.md", "안내", "네이버페이(주문형)", "NaverPay")]
    [InlineData("how-to-use/mobilians-contract.md", "상세 계약절차", "", "KgFinancial")]
    [InlineData("channel-setting/kcp_channel.md", "채널 설정", "", "NhnKcp")]
    [InlineData("faq/kcpx.md", "안내", "공통", "")]
    public void HelpPage_IsNamedByPgCompaniesTitleOrFileName(string path, string title, string company, string expected)
    {
        var unknown = new List<string>();
        var named = new ProviderMatcher(Providers).HelpPage(path, new FrontMatter(title, company.Length == 0 ? [] : [company]), unknown);

        string.Join(" ", named).Should().Be(string.Join(" ", Providers.Where(expected.Split(' ').Contains)));
        unknown.Should().BeEmpty();
    }

    [Fact]
    public void HelpPage_CollectsUnknownCompanies_AndIgnoresProvidersOutsideTheCatalog()
    {
        var unknown = new List<string>();
        var named = new ProviderMatcher(["KgInicis"]).HelpPage("faq/a.md", new FrontMatter("안내", ["다날", "새결제사", "스마일페이", "KG이니시스"]), unknown);

        named.Should().Equal("KgInicis");
        unknown.Should().Equal("새결제사");
    }

    [Theory]
    [InlineData("src/routes/(root)/opi/ko/integration/pg/v1/nice-v2/readme.mdx", "NicePayments")]
    [InlineData("src/routes/(root)/opi/ko/integration/pg/v2/kcp-v2.mdx", "NhnKcp")]
    [InlineData("src/routes/(root)/opi/ko/integration/pg/v1/daou/undefined.mdx", "KiwoomPay")]
    [InlineData("src/routes/(root)/opi/ko/integration/pg/v2/readme.mdx", "")]
    [InlineData("src/routes/(root)/opi/ko/integration/pg/v2/triple-a.mdx", "")]
    public void Guide_IsNamedByItsFileName(string path, string expected)
    {
        var matcher = new ProviderMatcher(["NicePayments", "NhnKcp", "KiwoomPay"]);

        string.Join(" ", matcher.Guide(path)!).Should().Be(expected);
        matcher.Guide("src/routes/(root)/opi/ko/integration/pg/v2/newpg.mdx").Should().BeNull();
    }

    [Fact]
    public void ShippedCatalog_EveryProviderIsInTheMap_AndEverySourceIsReadable()
    {
        var catalog = CatalogFile.Load(Path.Combine(RepositoryRoot(), CatalogFile.RelativePath));

        catalog.Providers.Should().HaveCountGreaterThan(20);
        new ProviderMatcher(catalog.Providers).MissingFromMap.Should().BeEmpty();
        catalog.Sources.Select(s => s.Repository).Distinct().Should().BeEquivalentTo(
            PortOneLayout.DevelopersRepository, PortOneLayout.HelpCenterRepository);
        catalog.Editions.Should().NotBeEmpty().And.OnlyContain(e => catalog.Sources.Any(s => s.Key == e.SourceKey));
    }

    [Fact]
    public void TheMap_NamesEachSpellingForOneProviderOnly()
    {
        ProviderSpellings.All.SelectMany(s => s.Names.Select(n => ("name", n)).Concat(s.FileWords.Select(w => ("word", w))).Concat(s.GuideNames.Select(g => ("guide", g))))
            .Concat(ProviderSpellings.OtherCompanies.Select(n => ("name", n)))
            .Concat(ProviderSpellings.OtherGuides.Select(g => ("guide", g)))
            .Should().OnlyHaveUniqueItems();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PortOne.Recommendation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("The repository root was not found.");
    }
}
