using System.Threading.Tasks;
using PortOne.Recommendation.CustomRules.Tests.Support;

namespace PortOne.Recommendation.CustomRules.Tests.SampleOutput;

/// <summary>
/// Both samples, run as a newcomer runs them, print exactly the checked-in expected output, and the lines that carry
/// their lesson are asserted on their own as well, so that regenerating the expected files cannot hide a change in
/// what they teach.
/// </summary>
public sealed class SampleOutputTests
{
    [Fact]
    public async Task GettingStarted_PrintsTheExpectedOutput()
    {
        var run = await SampleProcess.RunAsync("PortOne.Recommendation.GettingStarted");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        ExpectedOutput.ShouldMatch(run.Output, "GettingStarted.expected.txt");
    }

    [Fact]
    public async Task GettingStarted_InGlobalizationInvariantMode_StillAnswersInKoreanAndEnglish()
    {
        // Containers often run without ICU, where no culture can be created by default: the sample lets them be created
        // (PredefinedCulturesOnly false), and the library reads the language from the culture's name.
        var run = await SampleProcess.RunAsync("PortOne.Recommendation.GettingStarted", ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1"));

        run.ExitCode.Should().Be(0, run.ToString());
        ExpectedOutput.ShouldMatch(run.Output, "GettingStarted.expected.txt");
    }

    [Fact]
    public async Task GettingStarted_AnswersInKoreanThenEnglish_WithEntriesPlanAndAdvisories()
    {
        var run = await SampleProcess.RunAsync("PortOne.Recommendation.GettingStarted");

        run.Output.Should().StartWith("=== ko: package edition May2025 ===\n")
            .And.ContainAll(
                "CardPayment: KgInicis, NicePayments (RecommendedPackage)\n    ‘추천패키지’ > ‘신용카드 일반결제’\n",
                "RecurringCardPayment: KgInicis, NicePayments (RecommendedPackage)\n",
                "EasyPay: KakaoPay, NaverPay (RecommendedPackage)\n",
                "IdentityVerification: Danal (RecommendedPackage)\n",
                "=== en: package edition May2025 ===\nCardPayment: KgInicis, NicePayments (RecommendedPackage)\n    ‘추천패키지’ (Recommended package) > ‘신용카드 일반결제’ (One-time card)\n",
                "Contracts:\n    KgInicis: CardPayment, RecurringCardPayment\n    KakaoPay: EasyPay\n    NaverPay: EasyPay\n    Danal: IdentityVerification\nAdvisories:\n    IdentityVerificationSeparateSignup: ");
    }

    [Fact]
    public async Task CustomRulesApp_PrintsTheExpectedOutput()
    {
        var run = await SampleProcess.RunAsync("PortOne.Recommendation.CustomRules.App");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        ExpectedOutput.ShouldMatch(run.Output, "CustomRules.App.expected.txt");
    }

    [Fact]
    public async Task CustomRulesApp_ShowsEachRuleFiring_AndTheEntriesAndPlanFollowingThem()
    {
        var run = await SampleProcess.RunAsync("PortOne.Recommendation.CustomRules.App");

        var sections = run.Output.Split("=== ");
        sections.Should().HaveCount(4, run.Output);
        var builtIn = sections[1];
        builtIn.Should().StartWith("Built-in rules only (en) ===\n")
            .And.Contain("CardPayment: KgInicis, NicePayments (RecommendedPackage) by CardPayment.RecommendedPackage\n")
            .And.Contain("Contract plan:\n    KgInicis: CardPayment, RecurringCardPayment\n")
            .And.NotContainAny("Platform.PreferNicePaymentsForCards", "Category.TicketResale.ExcludeKgInicis");
        foreach (var ours in new[] { sections[2], sections[3] })
        {
            ours.Should().StartWith("With our rules (")
                .And.ContainAll(
                    "Platform.PreferNicePaymentsForCards, Category.TicketResale.ExcludeKgInicis, ",
                    "Platform.Advisory.NicePaymentsThroughPartnerDesk\n",
                    "CardPayment: NicePayments (RecommendedPackage) by Platform.PreferNicePaymentsForCards\n",
                    "RecurringCardPayment: NicePayments (RecommendedPackage) by Category.TicketResale.ExcludeKgInicis\n",
                    "Contract plan:\n    NicePayments: CardPayment, RecurringCardPayment\n",
                    "Custom: ")
                .And.NotContainAny(": KgInicis", ", KgInicis", "    KgInicis:");
        }

        sections[2].Should().Contain("ask our partner desk for it.");
        sections[3].Should().Contain("플랫폼 제휴 담당자에게 요청하세요.");
    }
}
