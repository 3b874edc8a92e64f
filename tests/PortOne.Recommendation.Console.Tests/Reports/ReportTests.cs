using PortOne.Recommendation.ConsoleSample.Reports;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.Reports;

/// <summary>The text and Markdown reports: table, then advisories, then benefits, in the chosen language.</summary>
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
        text.Should().Contain("│ 전자결제 직접 선택하기 >").And.Contain("│ 간편결제 > 허브형").And.Contain("│ 콘솔에서 직접 선택");
        Position(text, "신청할 서비스").Should().BeLessThan(Position(text, "주의할 점"));
        Position(text, "주의할 점").Should().BeLessThan(Position(text, "제휴혜택"));
        text.Should().Contain("! 결제대행사에 따라 허브형 간편결제용 PG상점아이디(MID)가");
        text.Should().NotContain("\u001b[", "no colours when the output is not a terminal");
        text.Split('\n').Should().AllSatisfy(line => line.Should().NotEndWith(" "));
    }

    [Fact]
    public void TextReport_ForNothingRequested_SaysNoneUnderEmptySections()
    {
        var run = InProcess.Run("--scenario", "undecided", "--lang", "en");

        run.Output.Should().Contain("Services to apply for\nNone\n").And.Contain("Partner benefits\nNone\n");
    }

    [Fact]
    public void MarkdownReport_HasAPipeTableAndBulletLists()
    {
        var run = InProcess.Run("--scenario", "subscription-shop", "--lang", "en", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# PortOne e-payment application guide: Subscription shop\n")
            .And.Contain("\n## Services to apply for\n\n| Service | Providers | How to apply | Reason |\n| --- | --- | --- | --- |\n")
            .And.Contain("| Identity verification | Danal | Recommended package > Identity verification |")
            .And.Contain("\n## Advisories\n\n- Identity verification is separate from payments")
            .And.Contain("\n## Partner benefits\n\n- Applying through the recommended package speeds up the PG contract.\n");
    }

    [Fact]
    public void Markdown_EscapesCellBordersAndFormatting()
    {
        var report = new Report("a|b", null, [new TableSection("h", "-", ["c*1"], [["x|y_[z]"]])]);

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
            .And.Contain("\"integration\": \"hub\"");
    }

    private static int Position(string text, string part) => text.IndexOf(part, System.StringComparison.Ordinal);
}
