using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PortOne.Recommendation.ConsoleSample.Scenarios;
using PortOne.Recommendation.ConsoleSample.Tests.Goldens;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.Processes;

/// <summary>The built sample, started as a process with redirected streams: the main ways to run it.</summary>
public sealed class MainCaseProcessTests
{
    [Fact]
    public async Task NoArguments_PrintsTheDefaultScenarioInKorean_WithoutColours()
    {
        var run = await SampleProcess.RunAsync();

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("포트원 전자결제 신청 안내: 구독 서비스 쇼핑몰\n")
            .And.Contain("\n기준: 2025년 5월 추천패키지, 결제대행사·간편결제사 정보 버전 " + RecommendationEngine.CatalogVersion + "\n")
            .And.ContainAll("│ 서비스", "│ 신청할 곳", "│ 신청 방법", "│ 이유", "‘추천패키지’ > ‘본인인증’")
            .And.ContainAll("\n계약 계획\n", "│ 계약할 곳", "│ 이용할 서비스", "│ 함께 필요한 것", "새 계약 ")
            .And.ContainAll("\n주의할 점\n! 본인인증은 결제와 별개의 서비스라서", "\n제휴혜택\n+ 추천패키지로 신청하시면")
            .And.NotContain("\u001b[");
    }

    [Fact]
    public async Task LangEn_PrintsTheDefaultScenarioInEnglish()
    {
        var run = await SampleProcess.RunAsync("--lang", "en");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("PortOne e-payment application guide: Subscription shop\n")
            .And.ContainAll("│ Service", "│ Providers", "KG Inicis, NICE Information &", "\nAdvisories\n! ", "\nPartner benefits\n+ ");
    }

    [Fact]
    public async Task FormatJson_PrintsTheContractJsonOfTheDefaultScenario()
    {
        var run = await SampleProcess.RunAsync("--format", "json");

        run.ExitCode.Should().Be(0, run.ToString());
        GoldenFileTests.WithoutFiredRules(run.Output).Should().Be(Golden("subscription-shop", "ko"));
        var root = JsonDocument.Parse(run.Output).RootElement;
        root.GetProperty("firedRules").GetArrayLength().Should().BeGreaterThan(0);
        root.GetProperty("contractPlan").GetProperty("contracts")[0].GetProperty("provider").GetString().Should().Be("kgInicis");
    }

    [Fact]
    public async Task FormatMarkdown_PrintsMarkdown()
    {
        var run = await SampleProcess.RunAsync("--format", "markdown", "--lang", "en");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# PortOne e-payment application guide: Subscription shop\n")
            .And.Contain("| Service | Providers | How to apply | Reason |");
    }

    [Fact]
    public async Task Output_WritesTheFileAndNothingToStandardOutput()
    {
        using var directory = new TempDirectory();
        var path = directory.PathOf("result.json");

        var run = await SampleProcess.RunAsync("--scenario", "exporter", "--lang", "en", "--format", "json", "--output", path);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().BeEmpty();
        GoldenFileTests.WithoutFiredRules(File.ReadAllText(path)).Should().Be(Golden("exporter", "en"));
    }

    [Fact]
    public async Task ListScenarios_ListsEveryScenario()
    {
        var run = await SampleProcess.RunAsync("--list-scenarios", "--lang", "en");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("Built-in scenarios\n").And.Contain("subscription-shop (default)");
        run.Output.Should().ContainAll(ScenarioCatalog.Names);
    }

    [Fact]
    public async Task Scenario_RunsThatScenario()
    {
        var run = await SampleProcess.RunAsync("--scenario", "mobile-content", "--lang", "en");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("PortOne e-payment application guide: Mobile-content subscription\n")
            .And.Contain("Recurring mobile micropayment");
    }

    [Fact]
    public async Task InputFile_ReadsTheRequirementsFromTheFile_RelativeToTheWorkingDirectory()
    {
        using var directory = new TempDirectory();
        File.Copy(Path.Combine(RepositoryPaths.Sample, "examples", "requirements.json"), directory.PathOf("needs.json"));

        var run = await SampleProcess.RunAsync(
            ["--input", "needs.json", "--lang", "en", "--format", "markdown"], standardInput: null, directory.FullName);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# PortOne e-payment application guide: input file needs.json\n")
            .And.ContainAll("| Overseas card payment |", "| Recurring mobile micropayment |", "Not in the package, so apply for them separately on the ‘간편결제’ (Easy pay) tab under ‘전자결제 직접 선택하기’ (Select e-payment directly): TossPay.")
            .And.ContainAll("\n- API version: PortOne V2\n", "\n- Existing contracts: KG Inicis\n")
            .And.Contain("| KG Inicis | One-time card payment (Add to an existing contract), Recurring card payment (Add to an existing contract), "
                + "Recurring mobile micropayment (Add to an existing contract), "
                + "Overseas card payment (Add to an existing contract) |")
            .And.Contain("| Danal | Identity verification (Recommended package) |", "KG Inicis' 통합인증 cannot serve age restrictions (H-IDV)");
    }

    [Fact]
    public async Task InputDash_ReadsTheRequirementsFromStandardInput()
    {
        var run = await SampleProcess.RunAsync(
            ["--input", "-", "--format", "json"],
            "{ \"cardPayment\": true, \"overseasCards\": true }");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        GoldenFileTests.WithoutFiredRules(run.Output).Should().Be(Golden("exporter", "ko"), "the exporter scenario asks for exactly this");
    }

    [Fact]
    public async Task InputDash_WithApiVersionAndExistingContracts_GivesAPlanThatExtendsTheExistingContract()
    {
        var run = await SampleProcess.RunAsync(
            ["--input", "-", "--format", "json", "--lang", "en"],
            "{ \"cardPayment\": true, \"recurringCard\": {}, \"apiVersion\": \"v2\", \"existingContracts\": [\"danal\", \"nhnKcp\"] }");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        var root = JsonDocument.Parse(run.Output).RootElement;
        var contract = root.GetProperty("contractPlan").GetProperty("contracts").EnumerateArray().Should().ContainSingle().Subject;
        contract.GetProperty("provider").GetString().Should().Be("nhnKcp");
        contract.GetProperty("isExisting").GetBoolean().Should().BeTrue();
        contract.GetProperty("services").EnumerateArray().Select(s => s.GetString()).Should().Equal("cardPayment", "recurringCardPayment");
        contract.GetProperty("addOns").EnumerateArray().Select(a => a.GetString()).Should().Equal("recurringAddendum");
        root.GetProperty("contractPlan").GetProperty("uncoveredServices").GetArrayLength().Should().Be(0);
        root.GetProperty("advisories").EnumerateArray().Select(a => a.GetProperty("code").GetString())
            .Should().Contain("existingContractExtended");
    }

    [Fact]
    public async Task EditionLatest_NamesTheLatestPackagesProviders_AndSaysWhichEditionItIs()
    {
        var run = await SampleProcess.RunAsync("--edition", "latest", "--lang", "en", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# PortOne e-payment application guide: Subscription shop\n")
            .And.Contain("\n- Based on: the April 2026 package (the latest), provider catalog version " + RecommendationEngine.CatalogVersion + "\n")
            .And.Contain("| One-time card payment | Korea Payment Networks (KPN), Galaxia Money Tree | ‘추천패키지’ (Recommended package) > ‘신용카드 일반결제’ (One-time card) |")
            .And.Contain("| Easy pay | Available: NaverPay | ‘전자결제 직접 선택하기’ (Select e-payment directly) > ‘간편결제’ (Easy pay) > Choose the easy-pay companies: NaverPay |")
            .And.NotContain("NICE Payments");
    }

    [Fact]
    public async Task Help_PrintsTheUsage()
    {
        var run = await SampleProcess.RunAsync("--help");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().ContainAll("Usage:", "--lang", "--list-scenarios", "--scenario", "--input", "--interactive", "--edition", "--format", "--output")
            .And.ContainAll("--why", "--compare-edition", "--compare-api", "cardPayment, bankTransfer,")
            .And.Contain("latest, may2025, october2025, november2025, december2025, april2026");
    }

    [Fact]
    public async Task Why_PrintsTheExplanation_AndCompareEdition_TheChanges()
    {
        var why = await SampleProcess.RunAsync("--why", "easyPay", "--lang", "en");
        var compare = await SampleProcess.RunAsync("--compare-edition", "latest", "--lang", "en");

        why.ExitCode.Should().Be(0, why.ToString());
        why.Error.Should().BeEmpty();
        why.Output.Should().StartWith("Why each provider is or is not recommended: Subscription shop\n")
            .And.Contain("\nEasy pay\n╭").And.Contain("\nSources\n[1]").And.NotContain("\u001b[");
        compare.ExitCode.Should().Be(0, compare.ToString());
        compare.Output.Should().StartWith("What changes: Subscription shop\n")
            .And.Contain("\nCompared: the May 2025 package → the April 2026 package (the latest)\n")
            .And.Contain("\nOne-time card payment\n• One-time card payment: KG Inicis is no longer among the providers to apply to.\n");
    }

    private static string Golden(string scenario, string language) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.TestProject, "Goldens", $"{scenario}.{language}.json"));
}
