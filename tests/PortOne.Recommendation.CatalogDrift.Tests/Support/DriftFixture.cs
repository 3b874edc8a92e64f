using System;
using System.IO;
using System.Linq;

namespace PortOne.Recommendation.CatalogDrift.Tests.Support;

/// <summary>
/// Two small repositories shaped like PortOne's (a help center whose tree moves from the old to the new folder on
/// 2025-07-15, and developer guides read from a bare clone, like the mirrors) and a catalog citing them, snapshot
/// 2026-01-01. Every test class that uses it reads the same history:
/// <list type="bullet">
/// <item>help H1 2025-01-10 adds pages in the old tree; H2 2025-02-01 the package page's second edition; H3 2025-07-15
/// moves the tree unchanged; H4 2025-08-01 edits the KG Inicis contract page; H5 2026-02-01 edits the package page, the
/// PG list, a Toss Payments page and the Smile Pay page, and adds an NHN KCP page and a page of an unknown PG.</item>
/// <item>developers D1 2025-03-01 adds guides and the V1 code list; D2 2026-03-01 edits the NICE, KG Inicis and
/// Blue Walnut guides and adds the NHN KCP guide and an unknown guide; D3 2026-03-02 deletes the V1 code list.</item>
/// </list>
/// </summary>
public sealed class DriftFixture : IDisposable
{
    public const string OldHelp = "src/portone_mcp_server/resources/docs/help/";
    public const string Help = "assets/docs/help/";
    public const string Guides = "src/routes/(root)/opi/ko/integration/pg/";
    public const string CodeList = "src/routes/(root)/opi/ko/support/code-info/pg-2.mdx";

    /// <summary>The catalog's providers: MysteryPay is in no entry of the spelling map.</summary>
    private static readonly string[] CatalogProviders = ["KgInicis", "NicePayments", "Danal", "NhnKcp", "TossPayments", "TossPay", "MysteryPay"];

    private readonly TempDirectory _directory = new();
    private readonly TestRepository _help;
    private readonly TestRepository _developers;

    public DriftFixture()
    {
        var help = TestRepository.Create(_directory.PathOf("help-work"));
        help.Write(OldHelp + "procedure/recommendation/package.md", Page("추천패키지", "첫 판", "공통"));
        help.Write(OldHelp + "core-service/how-to-use/inicis-contract.md", Page("KG이니시스 상세 계약절차", "가입신청서", "KG이니시스"));
        help.Write(OldHelp + "core-service/how-to-use/danal-contract.md", Page("다날 상세 계약절차", "가입신청서", "다날"));
        help.Write(OldHelp + "service/pg/pg-service-list.md", Page("결제대행사 목록", "목록", "공통"));
        help.Write(OldHelp + "faq/payment-faq/vbank-guide.md", Page("토스페이먼츠 가상계좌 안내", "안내", "공통"));
        help.Write(OldHelp + "core-service/channel-setting/smilepay.md", Page("스마일페이 채널 설정", "설정", "스마일페이"));
        H1 = help.Commit("add help pages", "2025-01-10");
        help.Write(OldHelp + "procedure/recommendation/package.md", Page("추천패키지", "둘째 판", "공통"));
        H2 = help.Commit("package: second edition", "2025-02-01");
        help.Move("src/portone_mcp_server/resources/docs/help", "assets/docs/help");
        H3 = help.Commit("move the help tree", "2025-07-15");
        help.Write(Help + "core-service/how-to-use/inicis-contract.md", Page("KG이니시스 상세 계약절차", "가입신청서, 새 단계", "KG이니시스"));
        H4 = help.Commit("inicis contract: new step", "2025-08-01");
        help.Write(Help + "procedure/recommendation/package.md", Page("추천패키지", "셋째 판", "공통"));
        help.Write(Help + "service/pg/pg-service-list.md", Page("결제대행사 목록", "새 목록", "공통"));
        help.Write(Help + "faq/payment-faq/vbank-guide.md", Page("토스페이먼츠 가상계좌 안내", "새 안내", "공통"));
        help.Write(Help + "core-service/channel-setting/smilepay.md", Page("스마일페이 채널 설정", "새 설정", "스마일페이"));
        help.Write(Help + "core-service/how-to-use/kcp-contract.md", Page("NHN KCP 상세 계약절차", "가입신청서", "NHN KCP"));
        help.Write(Help + "notice-newpg.md", Page("새 결제사 안내", "안내", "새결제사"));
        H5 = help.Commit("update documentation", "2026-02-01");
        HelpCenter = help.Directory;
        _help = help;

        var guides = TestRepository.Create(_directory.PathOf("developers-work"));
        guides.Write(Guides + "v2/readme.mdx", "결제대행사 선택하여 연동하기");
        guides.Write(Guides + "v2/inicis-v2.mdx", "KG이니시스");
        guides.Write(Guides + "v1/nice-v2/readme.mdx", "나이스정보통신");
        guides.Write(Guides + "v2/blue.mdx", "블루월넛");
        guides.Write(CodeList, "PG사 코드");
        D1 = guides.Commit("add guides", "2025-03-01");
        guides.Write(Guides + "v1/nice-v2/readme.mdx", "나이스정보통신 (신모듈)");
        guides.Write(Guides + "v2/inicis-v2.mdx", "KG이니시스, 사전 계약");
        guides.Write(Guides + "v2/blue.mdx", "블루월넛, 새 안내");
        guides.Write(Guides + "v2/kcp-v2.mdx", "NHN KCP");
        guides.Write(Guides + "v2/newpg.mdx", "새 결제사");
        D2 = guides.Commit("guides: March update", "2026-03-01");
        guides.Delete(CodeList);
        D3 = guides.Commit("remove the V1 code list", "2026-03-02");
        _developers = guides.CloneBare(_directory.PathOf("developers.git"));
        Developers = _developers.Directory;

        Catalog = _directory.PathOf("ProviderCatalog.xml");
        File.WriteAllText(Catalog, CatalogXml());
    }

    /// <summary>The help center's work tree (a normal clone).</summary>
    public string HelpCenter { get; }

    /// <summary>The developer guides' bare clone.</summary>
    public string Developers { get; }

    /// <summary>The catalog file (snapshot 2026-01-01).</summary>
    public string Catalog { get; }

    public string H1 { get; }

    public string H2 { get; }

    public string H3 { get; }

    public string H4 { get; }

    public string H5 { get; }

    public string D1 { get; }

    public string D2 { get; }

    public string D3 { get; }

    /// <summary>The short hash git shows for a commit of either repository.</summary>
    public string ShortOf(string hash) => (hash == D1 || hash == D2 || hash == D3 ? _developers : _help).Short(hash);

    /// <summary>A fresh folder for one test's own files.</summary>
    internal static TempDirectory NewDirectory() => new();

    public void Dispose() => _directory.Dispose();

    /// <summary>A help page: YAML front matter with a title and pgCompanies, then a body.</summary>
    private static string Page(string title, string body, params string[] companies) =>
        $"---\ntitle: {title}\npgCompanies:\n{string.Concat(companies.Select(c => $"  - {c}\n"))}searchTags:\n  - 태그\n---\n\n{body}\n";

    private string CatalogXml()
    {
        string Evidence(string repository, string path, string hash) => $"portone-io/{repository}:{path}@{hash[..8]}";
        string Source(string key, string repository, string path, string hash) =>
            $"    <source key=\"{key}\" url=\"https://example.com/{key}\" evidence=\"{Evidence(repository, path, hash)}\" />\n";

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<catalog version=\"test-1\" snapshot=\"2026-01-01\">\n  <sources>\n"
            + Source("D-V2PG", "developers.portone.io", Guides + "v2/readme.mdx", D1)
            + Source("D-V2-inicis", "developers.portone.io", Guides + "v2/inicis-v2.mdx", D1)
            + Source("D-V1CODES", "developers.portone.io", CodeList, D1)
            + Source("H-INI", "mcp-server", OldHelp + "core-service/how-to-use/inicis-contract.md", H1)
            + Source("H-DANAL", "mcp-server", Help + "core-service/how-to-use/danal-contract.md", H4)
            + Source("H-PGLIST", "mcp-server", Help + "service/pg/pg-service-list.md", H3)
            + "    <source key=\"H-GONE\" url=\"https://example.com/gone\" evidence=\"portone-io/mcp-server:assets/docs/help/service/old-page.md@deadbeef\" />\n"
            + Source($"H-PKG@{ShortOf(H1)}", "mcp-server", OldHelp + "procedure/recommendation/package.md", H1)
            + Source($"H-PKG@{ShortOf(H2)}", "mcp-server", OldHelp + "procedure/recommendation/package.md", H2)
            + "  </sources>\n  <providers>\n"
            + string.Concat(CatalogProviders.Select(p => $"    <provider name=\"{p}\" api=\"V1 V2\" source=\"D-V2PG\" />\n"))
            + "  </providers>\n  <editions>\n"
            + $"    <edition name=\"January2025\" effective=\"2025-01-10\" source=\"H-PKG@{ShortOf(H1)}\" />\n"
            + $"    <edition name=\"February2025\" effective=\"2025-02-01\" source=\"H-PKG@{ShortOf(H2)}\" />\n"
            + "  </editions>\n</catalog>\n";
    }
}
