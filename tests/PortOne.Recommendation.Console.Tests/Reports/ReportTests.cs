using System.IO;
using PortOne.Recommendation.ConsoleSample.Reports;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.Reports;

/// <summary>The text and Markdown reports: the edition, the services table, the contract plan, then advisories and
/// benefits, in the chosen language.</summary>
public sealed class ReportTests
{
    [Fact]
    public void TextReport_InKorean_HasTheTableThenAdvisoriesThenBenefits_WithoutColours()
    {
        var run = InProcess.Run("--scenario", "marketplace");

        run.ExitCode.Should().Be(0, run.ToString());
        var text = run.Output;
        text.Should().StartWith("포트원 전자결제 신청 안내: 오픈마켓\n");
        text.Should().ContainAll("서비스", "신청할 곳", "신청 방법", "이유");
        text.Should().Contain("│ ‘전자결제 직접 선택하기’ >").And.Contain("│ ‘간편결제’ > ‘PG 제휴’(이전").And.Contain("│ 후보: KG이니시스,");
        text.Should().NotContain("포트원 고객지원팀에 문의", "every entry here names its providers or candidates");
        Position(text, "신청할 서비스").Should().BeLessThan(Position(text, "계약 계획"));
        Position(text, "계약 계획").Should().BeLessThan(Position(text, "주의할 점"));
        Position(text, "주의할 점").Should().BeLessThan(Position(text, "제휴혜택"));
        text.Should().Contain("! 결제대행사에 따라 PG 제휴 간편결제용 PG상점아이디(MID)가");
        text.Should().NotContain("\u001b[", "no colours when the output is not a terminal");
        text.Split('\n').Should().AllSatisfy(line => line.Should().NotEndWith(" "));
    }

    [Fact]
    public void TextReport_ForNothingRequested_SaysNoneUnderEmptySections()
    {
        var run = InProcess.Run("--scenario", "undecided", "--lang", "en");

        run.Output.Should().Contain("Services to apply for\nNone\n").And.Contain("Contract plan\nNone\n\n")
            .And.Contain("Partner benefits\nNone\n");
    }

    [Fact]
    public void MarkdownReport_HasAPipeTableAndBulletLists()
    {
        var run = InProcess.Run("--scenario", "subscription-shop", "--lang", "en", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# PortOne e-payment application guide: Subscription shop\n")
            .And.Contain("\n## Services to apply for\n\n| Service | Providers | How to apply | Reason |\n| --- | --- | --- | --- |\n")
            .And.Contain("| Identity verification | Danal | ‘추천패키지’ (Recommended package) > ‘본인인증’ (Identity verification) |")
            .And.Contain("\n## Contract plan\n\n| Provider | Services | Add-ons | Contract |\n| --- | --- | --- | --- |\n")
            .And.Contain("\n## Advisories\n\n- Identity verification is a service you sign up for separately")
            .And.Contain("\n## Partner benefits\n\n- Applying through the recommended package can speed up the PG contract.\n");
    }

    [Fact]
    public void Report_NamesTheEditionAndCatalog_AndTheApiVersionAndExistingContractsOnlyWhenGiven()
    {
        var plain = InProcess.Run("--scenario", "exporter", "--lang", "en", "--format", "markdown").Output;
        var platform = InProcess.Run("--scenario", "platform-on-v2", "--lang", "en", "--format", "markdown").Output;

        plain.Should().Contain("\n\n- Based on: the May 2025 package, provider catalog " + RecommendationEngine.CatalogVersion + "\n\n## ")
            .And.NotContain("API version:").And.NotContain("Existing contracts:");
        platform.Should().Contain("\n- API version: PortOne V2\n- Existing contracts: NHN KCP\n");
    }

    [Fact]
    public void DirectSelectionRows_CallTheirProvidersCandidates_AndSayWhenThereIsNone()
    {
        var run = InProcess.Run("--scenario", "saas-payment-window", "--lang", "en", "--format", "markdown");

        run.Output.Should()
            .Contain("| One-time card payment | KG Inicis, NICE Information & Communication (formerly NICE Payments) | ‘추천패키지’ (Recommended package) > ‘신용카드 일반결제’ (One-time card) |")
            .And.Contain("| Recurring card payment | Candidates: KG Inicis, Danal, NHN KCP,")
            .And.Contain("| Easy pay | Candidates: KG Inicis, NICE Information & Communication (formerly NICE Payments), NHN KCP, Toss Payments, Korea Payment Networks (KPN), Galaxia Money Tree, Kiwoom Pay | ‘전자결제 직접 선택하기’ (Select e-payment directly) > ‘간편결제’ (Easy pay) > Choose the easy-pay companies: Samsung Pay |");
    }

    [Fact]
    public void ContractPlan_ListsEachContractWithTheWayOfEachService_ThenCountsThem()
    {
        var run = InProcess.Run("--scenario", "saas-payment-window", "--lang", "en", "--format", "markdown");

        run.Output.Should().Contain(
            "\n## Contract plan\n\n| Provider | Services | Add-ons | Contract |\n| --- | --- | --- | --- |\n"
            + "| KG Inicis | One-time card payment (Recommended package), Recurring card payment (Select e-payment directly), Easy pay (Select e-payment directly) | Separate MID and review for recurring payments, Review applied for per easy-pay company | New contract (in the package) |\n"
            + "| NaverPay | Easy pay (Recommended package) | None | New contract (in the package) |\n"
            + "\nNew contracts: 2; existing contracts used: 0.\n"
            + "\n## Advisories\n");
    }

    [Fact]
    public void ContractPlan_InKorean_MarksExistingContracts()
    {
        var run = InProcess.Run("--scenario", "platform-on-v2");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("\n이미 계약하신 곳: NHN KCP\n")
            .And.Contain("│ NHN KCP   │").And.Contain("│ 기존 계약에 추가").And.Contain("\n새 계약 0건, 기존 계약 활용 1건.\n");
    }

    [Fact]
    public void Markdown_PutsNotesUnderATable_AsParagraphsOfTheirOwn()
    {
        var report = new Report("t", null, ["d1", "d2"], [new TableSection("h", "-", ["c"], [["x"]]) { Notes = ["n1", "n2"] }]);

        var markdown = MarkdownReportRenderer.Render(report);

        markdown.Should().Be("# t\n\n- d1\n- d2\n\n## h\n\n| c |\n| --- |\n| x |\n\nn1\n\nn2\n");
    }

    [Fact]
    public void Text_PutsNotesUnderATable_AndUnderItsEmptyText()
    {
        var writer = new StringWriter();
        var report = new Report("t", null, ["d"], [new TableSection("h", "none", ["c"], []) { Notes = ["n"] }]);

        TextReportRenderer.Render(report, writer, toTerminal: false);

        writer.ToString().Should().Be("t\nd\n\nh\nnone\nn\n");
    }

    [Fact]
    public void Markdown_EscapesCellBordersAndFormatting()
    {
        var report = new Report("a|b", null, [], [new TableSection("h", "-", ["c*1"], [["x|y_[z]"]])]);

        var markdown = MarkdownReportRenderer.Render(report);

        markdown.Should().Contain("# a\\|b").And.Contain("| c\\*1 |").And.Contain("| x\\|y\\_\\[z\\] |");
    }

    [Fact]
    public void ListScenarios_AsJson_GivesEachScenarioWithRequirementsThatAreValidInput()
    {
        var run = InProcess.Run("--list-scenarios", "--format", "json", "--lang", "en");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("\"name\": \"subscription-shop\"")
            .And.Contain("\"isDefault\": true")
            .And.Contain("\"integration\": \"hub\"")
            .And.Contain("\"apiVersion\": \"v1\"")
            .And.Contain("\"existingContracts\": [\n        \"nhnKcp\"\n      ]")
            .And.Contain("\n    \"edition\": \"november2025\"\n");
    }

    [Fact]
    public void ListScenarios_AsText_NamesTheEditionOfAScenarioThatHasOne()
    {
        var run = InProcess.Run("--list-scenarios", "--format", "markdown", "--lang", "en");

        run.Output.Should().Contain("| shop-on-v1 | Shop on PortOne V1 | A shop integrated through PortOne V1 (the former iamport API) that applies for one-time and recurring cards, bank transfer and identity verification through the package. It has a KPN contract and a KG Financial contract from other sites. (on the November 2025 package) |")
            .And.Contain("| exporter | Exporter | A shop that sells abroad and takes cards issued abroad as well as Korean cards. |");
    }

    private static int Position(string text, string part) => text.IndexOf(part, System.StringComparison.Ordinal);
}
