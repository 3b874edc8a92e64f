using System.Linq;
using System.Text.Json;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.App;

/// <summary><c>--compare-edition NAME</c> and <c>--compare-api V1|V2</c>: what changes from the run's answer to another.</summary>
public sealed class CompareOptionTests
{
    [Fact]
    public void CompareEdition_ListsTheChangesByService_FromTheRunsEditionToTheOneNamed()
    {
        var run = InProcess.Run("--compare-edition", "april2026", "--lang", "en", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# What changes: Subscription shop\n")
            .And.Contain("\n- Compared: the May 2025 package → the April 2026 package\n- Provider catalog version " + RecommendationEngine.CatalogVersion + "\n")
            .And.Contain("\n## One-time card payment\n\n- One-time card payment: KG Inicis is no longer among the providers to apply to.\n")
            .And.Contain("- One-time card payment: Korea Payment Networks (KPN) is now among the providers to apply to.\n")
            .And.Contain("\n## Easy pay\n\n- Easy pay: now also applied for by ‘전자결제 직접 선택하기’ (Select e-payment directly).\n")
            .And.Contain("\n## Other changes\n\n- The contract plan no longer includes KG Inicis.\n");
        Headings(run.Output).Should().Equal("One-time card payment", "Recurring card payment", "Easy pay", "Other changes");
    }

    [Fact]
    public void CompareEdition_StartsFromTheEditionOption_OrTheScenariosOwn_AndMarksLatest()
    {
        var fromOption = InProcess.Run("--edition", "october2025", "--compare-edition", "LATEST", "--format", "markdown");
        var fromScenario = InProcess.Run("--scenario", "shop-on-v1", "--compare-edition", "may2025", "--lang", "en", "--format", "markdown");

        fromOption.ExitCode.Should().Be(0, fromOption.ToString());
        fromOption.Output.Should().Contain("\n- 비교: 2025년 10월 추천패키지 → 2026년 4월 추천패키지(최신)\n");
        fromScenario.Output.Should().Contain("\n- Compared: the November 2025 package → the May 2025 package\n")
            .And.Contain("\n- API version: PortOne V1\n- Existing contracts: Korea Payment Networks (KPN), KG Financial\n");
    }

    [Fact]
    public void CompareEdition_WithItself_SaysNoChange()
    {
        var run = InProcess.Run("--compare-edition", "may2025", "--lang", "en", "--format", "markdown");
        var json = InProcess.Run("--compare-edition", "may2025", "--format", "json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().EndWith("\n## Changes\n\nNo change.\n");
        var root = JsonDocument.Parse(json.Output).RootElement;
        root.GetProperty("changes").GetArrayLength().Should().Be(0);
        root.GetProperty("hasChanges").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void CompareEdition_AsJson_IsTheContractsComparison()
    {
        var run = InProcess.Run("--compare-edition", "april2026", "--format", "json");

        run.ExitCode.Should().Be(0, run.ToString());
        var root = JsonDocument.Parse(run.Output).RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("before", "after", "changes", "hasChanges");
        root.GetProperty("before").GetProperty("edition").GetString().Should().Be("may2025");
        root.GetProperty("after").GetProperty("edition").GetString().Should().Be("april2026");
        root.GetProperty("after").GetProperty("language").GetString().Should().Be("ko");
        var first = root.GetProperty("changes")[0];
        first.GetProperty("kind").GetString().Should().Be("providerRemoved");
        first.GetProperty("service").GetString().Should().Be("cardPayment");
        first.GetProperty("provider").GetString().Should().Be("kgInicis");
        first.GetProperty("text").GetString().Should().Be("신용카드 일반결제: 신청할 곳에서 KG이니시스가 빠집니다.");
        run.Output.Should().Contain("\n  \"before\": {\n    \"recommendations\": [", "the console indents JSON with two spaces and \\n");
    }

    [Fact]
    public void CompareApi_FromEither_ToV2_ForTheDefaultScenario_SaysNoChange()
    {
        var run = InProcess.Run("--compare-api", "v2");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("\n비교: 연동 API 정하지 않음(V1·V2 모두) → 포트원 V2\n기준: 2025년 5월 추천패키지, 결제대행사·간편결제사 정보 ")
            .And.EndWith("\n달라지는 점\n달라지는 점이 없습니다.\n");
    }

    [Fact]
    public void CompareApi_FromTheScenariosVersion_ListsWhatTheOtherVersionChanges()
    {
        var run = InProcess.Run("--scenario", "shop-on-v1", "--compare-api", "V2", "--lang", "en", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("\n- Compared API versions: PortOne V1 → PortOne V2\n- Based on: the November 2025 package,")
            .And.Contain("- One-time card payment: Korea Payment Networks (KPN) is now among the providers to apply to.\n")
            .And.Contain("- Contract plan: One-time card payment now comes from Korea Payment Networks (KPN).\n")
            .And.Contain("- Advisory no longer given: PortOne's documentation does not show Korea Payment Networks (KPN), which is in the package, offering the requested items on PortOne V1");
    }

    [Theory]
    [InlineData("--compare-edition", "april2026", "--compare-api", "v2")]
    [InlineData("--why", "--compare-edition", "latest")]
    [InlineData("--compare-api", "v1", "--why", "cardPayment")]
    public void OneQuestionPerRun_WhyAndTheComparisonsExcludeEachOther(params string[] args)
    {
        var run = InProcess.Run(args);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: Use only one of --why, --compare-edition, --compare-api; got ").And.Contain("Usage:");
    }

    [Theory]
    [InlineData("--compare-edition", "june2025", "'april2026'")]
    [InlineData("--compare-api", "v3", "'v2'")]
    [InlineData("--compare-api", "either", "'v1'")]
    public void UnknownValue_IsAUsageError_ThatListsTheValues(string option, string value, string listed)
    {
        var run = InProcess.Run(option, value);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().StartWith($"error: Argument '{value}' not recognized. Must be one of:").And.Contain(listed);
    }

    [Theory]
    [InlineData("--why")]
    [InlineData("--compare-edition", "latest")]
    [InlineData("--compare-api", "v2")]
    public void WithListScenarios_IsAUsageError(params string[] args)
    {
        var run = InProcess.Run(["--list-scenarios", .. args]);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().StartWith($"error: {args[0]} needs requirements to run; it cannot be used with --list-scenarios.");
    }

    private static string[] Headings(string markdown) =>
        markdown.Split('\n').Where(l => l.StartsWith("## ", System.StringComparison.Ordinal)).Select(l => l[3..]).ToArray();
}
