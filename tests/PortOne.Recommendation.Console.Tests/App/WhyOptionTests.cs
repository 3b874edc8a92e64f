using System.Linq;
using System.Text.Json;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.App;

/// <summary><c>--why [SERVICE]</c>: why each provider is or is not recommended, for every requested service or one.</summary>
public sealed class WhyOptionTests
{
    [Fact]
    public void Why_WithoutAService_ExplainsEveryRequestedService_NamedProvidersFirst()
    {
        var run = InProcess.Run("--why", "--lang", "en", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# Why each provider is or is not recommended: Subscription shop\n")
            .And.Contain("\n- Based on: the May 2025 package, provider catalog " + RecommendationEngine.CatalogVersion + "\n");
        Headings(run.Output).Should().Equal("One-time card payment", "Recurring card payment", "Easy pay", "Identity verification", "Sources");
        run.Output.Should().Contain(
            "## One-time card payment\n\n| Provider | Standing | Why |\n| --- | --- | --- |\n"
            + "| KG Inicis | Recommended (Recommended package); in the contract plan | — |\n"
            + "| NICE Information & Communication (formerly NICE Payments) | Recommended (Recommended package); left out of the contract plan | "
            + "One-time card payment: taking it from NICE Information & Communication (formerly NICE Payments) needs as many new contracts, contracts in all and contracts outside the package, so either will do;");
        run.Output.Should().Contain("| Danal | Not recommended | The May 2025 package page does not list Danal in its ‘신용카드 일반결제’ (One-time card) item. \\[1\\] |")
            .And.Contain("\n1. <https://help.portone.io/content/package>\n");
    }

    [Fact]
    public void Why_GroupsProvidersThatOnlyLackTheService_OnOneRow_ButTheJsonListsEveryProvider()
    {
        var markdown = InProcess.Run("--why", "cardPayment", "--lang", "en", "--format", "markdown").Output;
        var json = InProcess.Run("--why", "cardPayment", "--lang", "en", "--format", "json").Output;

        markdown.Should().Contain(
            "| KakaoPay, NaverPay, TossPay, PAYCO, PayPal, Paymentwall, Payletter | Not recommended | PortOne's documentation does not list one-time card payment at these providers. \\[2, 3, 4, 5, 6, 7, 8, 9, 10\\] |");
        markdown.Should().NotContain("| KakaoPay | Not recommended");
        var services = JsonDocument.Parse(json).RootElement.GetProperty("explanation").GetProperty("services");
        var cardPayment = services.EnumerateArray().Should().ContainSingle().Subject;
        cardPayment.GetProperty("service").GetString().Should().Be("cardPayment");
        var providers = cardPayment.GetProperty("providers").EnumerateArray().ToList();
        providers.Select(p => p.GetProperty("provider").GetString()).Should().HaveCount(System.Enum.GetValues<PaymentProvider>().Length)
            .And.Contain(["kakaoPay", "naverPay", "tossPay", "payco"]);
        var kakaoPay = providers.Single(p => p.GetProperty("provider").GetString() == "kakaoPay");
        kakaoPay.GetProperty("standing").GetString().Should().Be("notNamed");
        var reason = kakaoPay.GetProperty("reasons").EnumerateArray().Should().ContainSingle().Subject;
        reason.GetProperty("code").GetString().Should().Be("lacksCapability");
        reason.GetProperty("text").GetString().Should().Be("PortOne's documentation does not list one-time card payment at KakaoPay.");
        reason.GetProperty("sources")[1].GetProperty("url").GetString().Should().Be("https://developers.portone.io/opi/ko/integration/pg/v2/kakaopay");
        providers.Single(p => p.GetProperty("provider").GetString() == "kgInicis").GetProperty("standing").GetString().Should().Be("planned");
    }

    [Fact]
    public void WhyService_IsMatchedInAnyLetterCase_AndExplainsOnlyThatService()
    {
        var run = InProcess.Run("--why", "IDENTITYVERIFICATION");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("결제대행사·간편결제사별 추천 이유: 구독 서비스 쇼핑몰\n")
            .And.Contain("\n본인인증\n")
            .And.Contain("│ 다날                     │ 추천(추천패키지), 계약   │ —")
            .And.Contain("2025년 5월 추천패키지 안내 페이지의 ‘본인인증’")
            .And.Contain("\n추천패키지: 회원가입에 쓰는 본인인증은")
            .And.Contain("\n출처\n[1] ")
            .And.NotContain("신용카드 일반결제\n");
    }

    [Fact]
    public void WhyText_IsPlain_AndHasNoTrailingSpaces()
    {
        var run = InProcess.Run("--why");

        run.Output.Should().NotContain("\u001b[");
        run.Output.Split('\n').Should().AllSatisfy(line => line.Should().NotEndWith(" "));
    }

    [Fact]
    public void WhyAServiceThatIsNotRequested_IsBadInput_NamingTheRequestedServices()
    {
        var korean = InProcess.Run("--why", "mobileMicropayment");
        var english = InProcess.Run("--why", "overseasCardPayment", "--lang", "en");

        korean.ExitCode.Should().Be(ExitCodes.BadInput);
        korean.Output.Should().BeEmpty();
        korean.Error.Should().Be(
            "오류: --why mobileMicropayment: 요구사항에 휴대폰 소액결제 서비스가 없습니다. "
            + "요청하신 서비스: cardPayment, recurringCardPayment, easyPay, identityVerification\n");
        english.ExitCode.Should().Be(ExitCodes.BadInput);
        english.Error.Should().Be(
            "error: --why overseasCardPayment: the requirements do not ask for Overseas card payment. "
            + "Requested services: cardPayment, recurringCardPayment, easyPay, identityVerification\n");
    }

    [Fact]
    public void WhyAnUnknownService_IsAUsageError_ThatListsTheServices()
    {
        var run = InProcess.Run("--why", "cards");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: Argument 'cards' not recognized. Must be one of:")
            .And.ContainAll(System.Enum.GetValues<PaymentService>().Select(s => "'" + RecommendationJsonName(s) + "'"))
            .And.Contain("Usage:");
    }

    [Fact]
    public void Why_ForNothingRequested_SaysSo()
    {
        var run = InProcess.Run("--why", "--scenario", "undecided", "--lang", "en");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("\nServices to apply for\nNo service was requested.\n").And.NotContain("Sources");
    }

    [Fact]
    public void Why_AppliesToJsonInput_AndTheEdition()
    {
        var run = InProcess.Run(["--input", "-", "--why", "--edition", "latest", "--lang", "en", "--format", "markdown"], "{ \"cardPayment\": true }");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# Why each provider is or is not recommended: standard input\n")
            .And.Contain("- Based on: the April 2026 package (the latest),")
            .And.Contain("| Korea Payment Networks (KPN) | Recommended (Recommended package); in the contract plan | — |")
            .And.Contain("| KG Inicis | Not recommended | The April 2026 package page does not list KG Inicis in its ‘신용카드 일반결제’ (One-time card) item. \\[1\\] |");
    }

    [Fact]
    public void Why_ShowsAnExistingContractPath_AndThePlanReasons()
    {
        var run = InProcess.Run("--why", "cardPayment", "--scenario", "platform-on-v2", "--lang", "en", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("| NHN KCP | Recommended (Add to an existing contract); in the contract plan | — |")
            .And.Contain("One-time card payment: the contract plan adds it to your existing contract with NHN KCP; taking it from KG Inicis would raise the new contracts from 0 to 1.");
    }

    private static string[] Headings(string markdown) =>
        markdown.Split('\n').Where(l => l.StartsWith("## ", System.StringComparison.Ordinal)).Select(l => l[3..]).ToArray();

    private static string RecommendationJsonName(PaymentService service) => Recommendation.Json.RecommendationJson.NameOf(service);
}
