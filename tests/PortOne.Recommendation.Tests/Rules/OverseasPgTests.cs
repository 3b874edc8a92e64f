using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>
/// Overseas PGs (해외결제 결제대행사) and the two requirement fields that lead to them: recurring payments with cards
/// issued abroad, and a business registered abroad. Each fact is the catalog's, pinned with its source.
/// </summary>
public sealed class OverseasPgTests
{
    private const string HelpIntl = "https://help.portone.io/content/internationl-pg";

    [Theory]
    [InlineData(null)]
    [InlineData(PortOneApiVersion.V1)]
    [InlineData(PortOneApiVersion.V2)]
    public void OneTime_DomesticBusiness_KeepsDomesticPgs_AndNamesTheOverseasPgs(PortOneApiVersion? version)
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements { OverseasCards = true, ApiVersion = version });

        // [H-INTL] 2: domestic PGs with the overseas-card addendum, the answer it always was.
        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.RuleName.Should().Be("OverseasCard.DirectSelection");
        entry.Providers.Should().Contain(PaymentProvider.KgInicis).And.NotContain(PaymentProvider.PayPal);
        // [H-INTL] 1: "해외카드 + 현지결제 지원 결제대행사 : 페이먼트월, 페이팔, 엑심베이, 페이레터, 이지페이(KICC)"; KICC takes
        // WeChat Pay and Alipay+ only (its guides), so it is not named for cards.
        var advisory = result.Advisories.Should().ContainSingle(a => a.Code == AdvisoryCode.OverseasPgsAlsoAvailable).Subject;
        advisory.Service.Should().Be(PaymentService.OverseasCardPayment);
        advisory.Message.Should().Contain("엑심베이, 페이팔, 페이먼트월, 페이레터 같은 해외결제 결제대행사")
            .And.Contain("‘전자결제 직접 선택하기’의 ‘해외결제’에서 신청합니다").And.EndWith("(출처: " + HelpIntl + ")")
            .And.NotContain("이지페이");
        result.ContractPlan.Contracts.Should().ContainSingle().Which.AddOns.Should().Equal(ContractAddOn.OverseasCardAddendum);
    }

    [Theory]
    [InlineData(null, new[] { PaymentProvider.Eximbay, PaymentProvider.PayPal, PaymentProvider.Paymentwall, PaymentProvider.Payletter })]
    [InlineData(PortOneApiVersion.V1, new[] { PaymentProvider.PayPal, PaymentProvider.Paymentwall, PaymentProvider.Payletter })]
    [InlineData(PortOneApiVersion.V2, new[] { PaymentProvider.Eximbay, PaymentProvider.PayPal, PaymentProvider.Payletter })]
    public void Recurring_DomesticBusiness_OverseasPgsOnly_ByApiVersion(PortOneApiVersion? version, PaymentProvider[] providers)
    {
        // D-V2PG 해외결제: PayPal "정기결제(결제창)", Eximbay "해외결제 정기결제 : 카드" (V2; its V1 guide: "포트원은 엑심베이
        // 정기결제를 지원하지 않습니다"), Payletter (V1, V2); Paymentwall on V1 only (D-V1BILL window O, V2 one-time only).
        var result = Engines.Ko.Recommend(new MerchantRequirements { OverseasCards = true, RecurringOverseasCards = true, ApiVersion = version });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.OverseasCardPayment);
        entry.Path.Should().Be(ApplicationPath.DirectSelection);
        entry.Providers.Should().Equal(providers);
        entry.RuleName.Should().Be("OverseasCard.Recurring.OverseasPg.DirectSelection");
        entry.Steps.Should().Equal("‘전자결제 직접 선택하기’", "‘해외결제’", "정기결제를 지원하는 해외결제 결제대행사 선택", "결제방식에서 정기결제 선택");
        entry.Reason.Should().Contain("정기결제를 지원하지 않아");

        var codes = result.Advisories.Select(a => a.Code).ToList();
        codes.Should().Contain([AdvisoryCode.OverseasCardsDomesticPgLimits, AdvisoryCode.BillingKeyTiedToIssuingPg, AdvisoryCode.PayPalForeignBuyersOnly])
            .And.NotContain([AdvisoryCode.OverseasCardServiceNeedsSeparateContract, AdvisoryCode.OverseasPgsAlsoAvailable]);
        codes.Contains(AdvisoryCode.PaymentwallAdmissionCriteria).Should().Be(providers.Contains(PaymentProvider.Paymentwall));

        // One new contract with an overseas PG, with its recurring addendum (PayPal, which has no contract or review: one-time
        // and recurring applied for separately); no overseas-card addendum of a domestic PG.
        var contract = result.ContractPlan.Contracts.Should().ContainSingle().Subject;
        contract.Provider.Should().Be(providers[0]);
        contract.AddOns.Should().Equal(providers[0] == PaymentProvider.PayPal ? ContractAddOn.RecurringSeparateApplication : ContractAddOn.RecurringAddendum);
        result.Benefits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ko", "페이팔은 판매자와 구매자의 계정 국가가 모두 한국이면", "(출처: https://help.portone.io/content/paypal-international)", "페이먼트월은 월 매출이 1만 달러 이상", "https://help.portone.io/content/paymentwall-international")]
    [InlineData("en", "PayPal payments fail when the seller's and the buyer's accounts are both in Korea", "(Source: https://help.portone.io/content/paypal-international)", "monthly sales of USD 10,000", "https://help.portone.io/content/paymentwall-international")]
    public void Recurring_PayPalAndPaymentwall_CarryTheirCaveats(string language, string paypal, string paypalSource, string paymentwall, string paymentwallSource)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { OverseasCards = true, RecurringOverseasCards = true, ApiVersion = PortOneApiVersion.V1 });

        result.Advisories.Single(a => a.Code == AdvisoryCode.PayPalForeignBuyersOnly).Message.Should().StartWith(paypal).And.EndWith(paypalSource);
        result.Advisories.Single(a => a.Code == AdvisoryCode.PaymentwallAdmissionCriteria).Message.Should().Contain(paymentwall).And.Contain(paymentwallSource);
    }

    [Fact]
    public void Recurring_ExistingPayPalContract_IsExtended()
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements
        {
            OverseasCards = true,
            RecurringOverseasCards = true,
            ExistingContracts = [PaymentProvider.PayPal],
        });

        result.Recommendations.Select(r => (r.Path, r.RuleName)).Should().Equal(
            (ApplicationPath.ExistingContract, "ExistingContract.AddService"),
            (ApplicationPath.DirectSelection, "OverseasCard.Recurring.OverseasPg.DirectSelection"));
        var contract = result.ContractPlan.Contracts.Should().ContainSingle().Subject;
        contract.Provider.Should().Be(PaymentProvider.PayPal);
        contract.IsExisting.Should().BeTrue();
        // PayPal has no contract or review to add an addendum to; one-time and recurring are applied for separately
        // (paypal-contract.md, paypal.md).
        contract.AddOns.Should().Equal(ContractAddOn.RecurringSeparateApplication);
        result.Advisories.Select(a => a.Code).Should().Contain([AdvisoryCode.ExistingContractExtended, AdvisoryCode.PayPalForeignBuyersOnly]);
    }

    [Theory]
    [InlineData(false, null, "엑심베이, 페이레터는", new[] { "eximbay-international", "payletter-international" }, "페이팔, 페이먼트월의")]
    [InlineData(true, PortOneApiVersion.V2, "엑심베이, 페이레터는", new[] { "eximbay-international", "payletter-international" }, "페이팔의")]
    [InlineData(true, PortOneApiVersion.V1, "페이레터는", new[] { "payletter-international" }, "페이팔, 페이먼트월의")]
    public void BusinessAbroad_NoConfirmedPg_SaysWhichAreRuledOutAndWhichToAsk(
        bool recurring, PortOneApiVersion? version, string ruledOut, string[] pages, string unstated)
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements
        {
            OverseasCards = true,
            RecurringOverseasCards = recurring,
            BusinessRegisteredAbroad = true,
            ApiVersion = version,
        });

        // No page confirms a PG for a business registered abroad: the entry names none, and the plan leaves it uncovered.
        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.RuleName.Should().Be("OverseasCard.BusinessAbroad.DirectSelection");
        entry.Path.Should().Be(ApplicationPath.DirectSelection);
        entry.Providers.Should().BeEmpty();
        entry.Steps.Take(2).Should().Equal("‘전자결제 직접 선택하기’", "‘해외결제’");
        entry.Reason.Should().Contain("포트원 고객지원팀");
        result.ContractPlan.Contracts.Should().BeEmpty();
        result.ContractPlan.UncoveredServices.Should().Equal(PaymentService.OverseasCardPayment);

        var codes = result.Advisories.Select(a => a.Code).ToList();
        codes.Should().Contain([
            AdvisoryCode.NoKnownProvider,
            AdvisoryCode.OverseasCardsDomesticPgLimits,
            AdvisoryCode.OverseasPgKoreanBusinessesOnly,
            AdvisoryCode.OverseasPgBusinessConditionUnstated]);
        codes.Should().NotContain([AdvisoryCode.PayPalForeignBuyersOnly, AdvisoryCode.OverseasPgsAlsoAvailable, AdvisoryCode.BusinessAbroadDomesticServicesUnconfirmed]);
        var ruledOutMessage = result.Advisories.Single(a => a.Code == AdvisoryCode.OverseasPgKoreanBusinessesOnly).Message;
        ruledOutMessage.Should().Contain("해외결제 결제대행사 중 " + ruledOut + " 국내 사업자만");
        pages.Should().AllSatisfy(page => ruledOutMessage.Should().Contain("https://help.portone.io/content/" + page));
        result.Advisories.Single(a => a.Code == AdvisoryCode.OverseasPgBusinessConditionUnstated).Message.Should().StartWith(unstated);
    }

    [Fact]
    public void BusinessAbroad_OtherServices_AnsweredAsForAKoreanBusiness_WithAnAdvisory()
    {
        var korean = Engines.En.Recommend(new MerchantRequirements { CardPayment = true, OverseasCards = true });
        var abroad = Engines.En.Recommend(new MerchantRequirements { CardPayment = true, OverseasCards = true, BusinessRegisteredAbroad = true });

        abroad.Recommendations[0].Should().Be(korean.Recommendations[0]);
        var advisory = abroad.Advisories.Should().ContainSingle(a => a.Code == AdvisoryCode.BusinessAbroadDomesticServicesUnconfirmed).Subject;
        advisory.Service.Should().BeNull();
        advisory.Message.Should().Contain("assume a business registered in Korea");
        abroad.ContractPlan.UncoveredServices.Should().Equal(PaymentService.OverseasCardPayment);
    }

    [Fact]
    public void BusinessAbroad_NothingRequested_IsNothingRequested()
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements { BusinessRegisteredAbroad = true });

        result.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.NothingRequested);
        result.Recommendations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ko", "OverseasCards도 true로 설정해 주세요")]
    [InlineData("en", "set OverseasCards to true as well")]
    public void RecurringOverseasCards_WithoutOverseasCards_IsRejected(string language, string messagePart)
    {
        var act = () => Engines.For(language).Recommend(new MerchantRequirements { RecurringOverseasCards = true });

        var error = act.Should().Throw<RequirementsValidationException>().Which.Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("RecurringOverseasCards");
        error.Message.Should().Contain(messagePart);
    }

    [Fact]
    public void CachedEngine_TellsTheOverseasVariantsApart()
    {
        var oneTime = Engines.Ko.Recommend(new MerchantRequirements { OverseasCards = true });
        var recurring = Engines.Ko.Recommend(new MerchantRequirements { OverseasCards = true, RecurringOverseasCards = true });
        var abroad = Engines.Ko.Recommend(new MerchantRequirements { OverseasCards = true, BusinessRegisteredAbroad = true });

        new[] { oneTime, recurring, abroad }.Select(r => r.Recommendations[0].RuleName).Should().Equal(
            "OverseasCard.DirectSelection", "OverseasCard.Recurring.OverseasPg.DirectSelection", "OverseasCard.BusinessAbroad.DirectSelection");
    }
}
