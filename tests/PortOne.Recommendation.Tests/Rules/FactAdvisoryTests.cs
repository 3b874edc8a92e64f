using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Rules;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>
/// The advisories of the facts a merchant needs (issue 11, finding 11), each rule alone (<see cref="RuleFixture"/>)
/// and in the engine: when each fires, what it names and the source it cites.
/// </summary>
public sealed class FactAdvisoryTests
{
    private const string PayMethodPage = "https://help.portone.io/content/paymethod";
    private const string NonAuthPage = "https://help.portone.io/content/content200052";
    private const string KcpInternationalPage = "https://help.portone.io/content/kcp-international";
    private const string PgListPage = "https://help.portone.io/content/pg-service-list";

    [Fact]
    public void MobileBillingFixedAmount_OnlyForRecurringMobileMicropayments_CitingThePayMethodPage()
    {
        var run = RuleFixture.Run<MobileBillingFixedAmountAdvisoryRule>(new() { MobileMicropayment = new(Recurring: true) });

        run.Advisories.Should().Equal(AdvisoryCode.MobileBillingFixedAmount);
        var advisory = run.Outputs.OfType<AdvisoryFact>().Single();
        advisory.Service.Should().Be(PaymentService.MobileMicropaymentRecurring);
        advisory.Message.Resolve(Engines.Korean).Should().Contain("매월 같은 금액으로만").And.EndWith("(출처: " + PayMethodPage + ")");
        advisory.Message.Resolve(Engines.English).Should().Contain("same amount every month");
        RuleFixture.Run<MobileBillingFixedAmountAdvisoryRule>(new() { MobileMicropayment = new(Recurring: false) }).Outputs.Should().BeEmpty();
        RuleFixture.Run<MobileBillingFixedAmountAdvisoryRule>(new() { RecurringCard = new() }).Outputs.Should().BeEmpty();
    }

    [Fact]
    public void RecurringCertificateOnPc_OnlyWhenThePlanIssuesWindowBillingKeysAtKgInicisOrNhnKcp()
    {
        var window = new MerchantRequirements { RecurringCard = new(BillingKeyIssuance.PaymentWindow) };

        var advisory = Planned<RecurringCertificateOnPcAdvisoryRule>(window, PaymentService.RecurringCardPayment, PaymentProvider.KgInicis).Single();
        advisory.Code.Should().Be(AdvisoryCode.RecurringCertificateOnPc);
        advisory.Service.Should().Be(PaymentService.RecurringCardPayment);
        advisory.Message.Resolve(Engines.Korean).Should().StartWith("결제창 방식의 KG이니시스 정기결제는 PC 환경에서 공인인증 절차가 필요하고")
            .And.EndWith("(출처: " + NonAuthPage + ")");
        // NHN KCP, hedged as schedule-requirement.md says it ("포함될 수 있습니다").
        Planned<RecurringCertificateOnPcAdvisoryRule>(window, PaymentService.RecurringCardPayment, PaymentProvider.NhnKcp).Single().Message.Resolve(Engines.Korean)
            .Should().StartWith("결제창 방식의 NHN KCP 정기결제는 공인인증 생략이 기본값이지만").And.Contain("포함될 수 있습니다")
            .And.EndWith("(출처: https://help.portone.io/content/schedule-requirement)");
        Planned<RecurringCertificateOnPcAdvisoryRule>(window, PaymentService.RecurringCardPayment, PaymentProvider.TossPayments).Should().BeEmpty();
        Planned<RecurringCertificateOnPcAdvisoryRule>(window, PaymentService.CardPayment, PaymentProvider.KgInicis).Should().BeEmpty("KG Inicis is not the recurring PG");

        // API issuance has no authentication step (schedule-requirement.md): nothing to say.
        var api = new MerchantRequirements { RecurringCard = new(BillingKeyIssuance.Api) };
        Planned<RecurringCertificateOnPcAdvisoryRule>(api, PaymentService.RecurringCardPayment, PaymentProvider.KgInicis).Should().BeEmpty();
    }

    [Fact]
    public void OverseasCardsClosedToContent_OnlyWhenThePlanTakesOverseasCardsFromNhnKcp()
    {
        var overseas = new MerchantRequirements { OverseasCards = true };

        var advisory = Planned<OverseasCardsClosedToContentAdvisoryRule>(overseas, PaymentService.OverseasCardPayment, PaymentProvider.NhnKcp).Single();
        advisory.Code.Should().Be(AdvisoryCode.OverseasCardsClosedToContent);
        advisory.Service.Should().Be(PaymentService.OverseasCardPayment);
        advisory.Message.Resolve(Engines.Korean).Should().StartWith("포트원 안내에 따르면 디지털 콘텐츠처럼 실물이 없는 상품을 파는 사업자는 NHN KCP에서 해외카드 결제를 이용할 수 없습니다.")
            .And.EndWith("(출처: " + KcpInternationalPage + ")");
        Planned<OverseasCardsClosedToContentAdvisoryRule>(overseas, PaymentService.OverseasCardPayment, PaymentProvider.KgInicis).Should().BeEmpty();
        Planned<OverseasCardsClosedToContentAdvisoryRule>(overseas, PaymentService.CardPayment, PaymentProvider.NhnKcp).Should().BeEmpty();
    }

    [Fact]
    public void BrokeragePlatforms_OnlyWhenThePlanTakesRecurringCardsFromNhnKcp()
    {
        foreach (var issuance in new[] { BillingKeyIssuance.Api, BillingKeyIssuance.PaymentWindow })
        {
            var recurring = new MerchantRequirements { RecurringCard = new(issuance) };
            var advisory = Planned<BrokeragePlatformsAdvisoryRule>(recurring, PaymentService.RecurringCardPayment, PaymentProvider.NhnKcp).Single();
            advisory.Code.Should().Be(AdvisoryCode.BrokeragePlatformsHardToOnboard);
            advisory.Message.Resolve(Engines.Korean).Should().Contain("중개 플랫폼 형태의 서비스는 NHN KCP에 입점하기 어렵습니다")
                .And.EndWith("(출처: " + NonAuthPage + ")");
            Planned<BrokeragePlatformsAdvisoryRule>(recurring, PaymentService.RecurringCardPayment, PaymentProvider.KgInicis).Should().BeEmpty();
        }

        // The source says it in the list of PGs for non-authenticated payments: one-time cards at NHN KCP are not flagged.
        Planned<BrokeragePlatformsAdvisoryRule>(new() { CardPayment = true }, PaymentService.CardPayment, PaymentProvider.NhnKcp).Should().BeEmpty();
    }

    [Theory]
    [InlineData(PaymentProvider.KgInicis, "https://developers.portone.io/opi/ko/integration/pg/v2/inicis-v2", "포트원 V2 연동 가이드의 KG이니시스 안내에 따르면, API 방식으로 빌링키를 발급해 정기결제를 받으려면 먼저 KG이니시스에 신청해 계약을 마쳐야 합니다.")]
    [InlineData(PaymentProvider.NhnKcp, "https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2", "포트원 V2 연동 가이드의 NHN KCP 안내에 따르면, API 방식으로 빌링키를 발급해 정기결제를 받으려면 먼저 NHN KCP에 신청해 계약을 마쳐야 합니다.")]
    [InlineData(PaymentProvider.Kpn, "https://developers.portone.io/opi/ko/integration/pg/v2/kpn", "포트원 V2 연동 가이드의 한국결제네트웍스(KPN) 안내에 따르면, API 방식으로 빌링키를 발급해 정기결제를 받으려면 먼저 한국결제네트웍스(KPN)에 신청해 계약을 마쳐야 합니다.")]
    public void ApiBillingKeyPriorContract_NamesThePlansPg_WithItsOwnV2Guide(PaymentProvider provider, string guide, string korean)
    {
        foreach (var version in new PortOneApiVersion?[] { null, PortOneApiVersion.V2 })
        {
            var api = new MerchantRequirements { RecurringCard = new(BillingKeyIssuance.Api), ApiVersion = version };
            var advisory = Planned<ApiBillingKeyPriorContractAdvisoryRule>(api, PaymentService.RecurringCardPayment, provider).Single();
            advisory.Code.Should().Be(AdvisoryCode.ApiBillingKeyNeedsPriorContract);
            advisory.Service.Should().Be(PaymentService.RecurringCardPayment);
            advisory.Message.Resolve(Engines.Korean).Should().StartWith(korean).And.EndWith("(출처: " + guide + ")");
            advisory.Message.Resolve(Engines.English).Should().Contain("V2 integration guide").And.EndWith("(Source: " + guide + ")");
        }

        var window = new MerchantRequirements { RecurringCard = new(BillingKeyIssuance.PaymentWindow) };
        Planned<ApiBillingKeyPriorContractAdvisoryRule>(window, PaymentService.RecurringCardPayment, provider).Should().BeEmpty("window billing keys are not in the list");
    }

    [Fact]
    public void ApiBillingKeyPriorContract_NotOnV1_NorForPgsWithoutTheSection()
    {
        // V2 guides are no evidence for V1, and the V1 guides of KG Inicis and NHN KCP have no 사전 계약 section.
        var v1 = new MerchantRequirements { RecurringCard = new(BillingKeyIssuance.Api), ApiVersion = PortOneApiVersion.V1 };
        Planned<ApiBillingKeyPriorContractAdvisoryRule>(v1, PaymentService.RecurringCardPayment, PaymentProvider.KgInicis).Should().BeEmpty();
        Planned<ApiBillingKeyPriorContractAdvisoryRule>(v1, PaymentService.RecurringCardPayment, PaymentProvider.NhnKcp).Should().BeEmpty();

        var api = new MerchantRequirements { RecurringCard = new(BillingKeyIssuance.Api) };
        Planned<ApiBillingKeyPriorContractAdvisoryRule>(api, PaymentService.RecurringCardPayment, PaymentProvider.NicePayments).Should().BeEmpty();
        Planned<ApiBillingKeyPriorContractAdvisoryRule>(api, PaymentService.RecurringCardPayment, PaymentProvider.TossPayments).Should().BeEmpty();
    }

    [Theory]
    [InlineData(PackageEdition.May2025, null, "카카오페이, 네이버페이는 간편결제사 직접 계약으로 간편결제 정기결제도 지원하니")]
    [InlineData(PackageEdition.April2026, null, "카카오페이는 간편결제사 직접 계약으로 간편결제 정기결제도 지원하니")]
    [InlineData(PackageEdition.May2025, new[] { EasyPayBrand.TossPay, EasyPayBrand.SamsungPay }, "토스페이는 간편결제사 직접 계약으로")]
    [InlineData(PackageEdition.May2025, new[] { EasyPayBrand.Payco, EasyPayBrand.NaverPay }, "네이버페이, 페이코는 간편결제사 직접 계약으로")]
    public void RecurringEasyPay_Direct_NamesTheEasyPayCompaniesWithRecurring(PackageEdition edition, EasyPayBrand[]? brands, string korean)
    {
        var requirements = new MerchantRequirements { RecurringCard = new(), EasyPay = new() { Brands = brands ?? [] } };

        var advisory = RuleFixture.Run<RecurringEasyPayAdvisoryRule>(requirements, edition).Outputs.OfType<AdvisoryFact>().Single();

        advisory.Code.Should().Be(AdvisoryCode.RecurringEasyPayAvailable);
        advisory.Service.Should().Be(PaymentService.EasyPay);
        var text = advisory.Message.Resolve(Engines.Korean);
        text.Should().StartWith(korean).And.Contain("(출처: " + PgListPage + ")");

        // Named KakaoPay: its recurring addendum, citing its contract page (kakaopay-contract.md).
        if (korean.StartsWith("카카오페이", StringComparison.Ordinal))
        {
            text.Should().Contain("정기결제 이용특약서를 추가로 작성해").And.EndWith("(출처: https://help.portone.io/content/kakaopay-contract)");
        }
        else
        {
            text.Should().NotContain("특약서").And.EndWith("(출처: " + PgListPage + ")");
        }
    }

    [Fact]
    public void RecurringEasyPay_Hub_NamesNiceForKakaoPayAndNaverPay()
    {
        var hub = new MerchantRequirements { RecurringCard = new(), EasyPay = new() { Integration = EasyPayIntegration.Hub } };

        var advisory = RuleFixture.Run<RecurringEasyPayAdvisoryRule>(hub).Outputs.OfType<AdvisoryFact>().Single();

        advisory.Message.Resolve(Engines.Korean).Should().StartWith("나이스정보통신(구 나이스페이먼츠)의 PG 제휴 간편결제는 카카오페이, 네이버페이 정기결제도 지원하니");
        advisory.Message.Resolve(Engines.English).Should().StartWith("Through PG-partnered (hub-type) easy pay, NICE Information & Communication (formerly NICE Payments) also supports recurring payments with KakaoPay and NaverPay");
        var naverOnly = hub with { EasyPay = new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.NaverPay, EasyPayBrand.TossPay] } };
        RuleFixture.Run<RecurringEasyPayAdvisoryRule>(naverOnly).Outputs.OfType<AdvisoryFact>().Single().Message.Resolve(Engines.Korean)
            .Should().Contain("간편결제는 네이버페이 정기결제도");
    }

    [Fact]
    public void RecurringEasyPay_NothingWithoutRecurringCards_OrWhenNoSourceNamesTheBrands()
    {
        RuleFixture.Run<RecurringEasyPayAdvisoryRule>(new() { EasyPay = new() }).Outputs.Should().BeEmpty("no recurring card payments");
        RuleFixture.Run<RecurringEasyPayAdvisoryRule>(new() { RecurringCard = new() }).Outputs.Should().BeEmpty("no easy pay");
        RuleFixture.Run<RecurringEasyPayAdvisoryRule>(new() { MobileMicropayment = new(true), EasyPay = new() }).Outputs.Should().BeEmpty("only recurring cards");
        RuleFixture.Run<RecurringEasyPayAdvisoryRule>(new() { RecurringCard = new(), EasyPay = new() { Brands = [EasyPayBrand.SamsungPay, EasyPayBrand.ApplePay] } })
            .Outputs.Should().BeEmpty("no source says Samsung Pay or Apple Pay recur");
        RuleFixture.Run<RecurringEasyPayAdvisoryRule>(new() { RecurringCard = new(), EasyPay = new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.TossPay] } })
            .Outputs.Should().BeEmpty("no PG is known to charge TossPay recurrently through hub-type easy pay");
        RuleFixture.Run<RecurringEasyPayAdvisoryRule>(new() { RecurringCard = new(), EasyPay = new() { Brands = [EasyPayBrand.Payco] }, ApiVersion = PortOneApiVersion.V2 })
            .Outputs.Should().BeEmpty("PAYCO is V1 only");
    }

    [Fact]
    public void Engine_RaisesThePlanAdvisories_ForThePgThePlanUses()
    {
        // One recurring window contract: KG Inicis, the package's PG, is planned.
        Codes(new() { RecurringCard = new(BillingKeyIssuance.PaymentWindow) }).Should().Contain(AdvisoryCode.RecurringCertificateOnPc)
            .And.NotContain(AdvisoryCode.BrokeragePlatformsHardToOnboard);

        // API billing keys at KG Inicis (the May 2025 package); on V1 no guide says so.
        Codes(new() { RecurringCard = new() }).Should().Contain(AdvisoryCode.ApiBillingKeyNeedsPriorContract);
        Codes(new() { RecurringCard = new(), ApiVersion = PortOneApiVersion.V1 }).Should().NotContain(AdvisoryCode.ApiBillingKeyNeedsPriorContract);

        // An NHN KCP contract the merchant has: the plan extends it for recurring cards.
        var withKcp = Codes(new() { RecurringCard = new(), ExistingContracts = [PaymentProvider.NhnKcp] });
        withKcp.Should().Contain([AdvisoryCode.ApiBillingKeyNeedsPriorContract, AdvisoryCode.BrokeragePlatformsHardToOnboard]);

        // Overseas cards with an NHN KCP contract the merchant has: the plan adds them to it.
        var result = Engines.Uncached.Recommend(new MerchantRequirements { OverseasCards = true, ExistingContracts = [PaymentProvider.NhnKcp] });
        result.ContractPlan.Contracts.Should().ContainSingle(c => c.Services.Contains(PaymentService.OverseasCardPayment))
            .Which.Provider.Should().Be(PaymentProvider.NhnKcp);
        result.Advisories.Select(a => a.Code).Should().Contain(AdvisoryCode.OverseasCardsClosedToContent);
        Codes(new() { OverseasCards = true }).Should().NotContain(AdvisoryCode.OverseasCardsClosedToContent, "KG Inicis is planned");

        static IReadOnlyList<AdvisoryCode> Codes(MerchantRequirements requirements) =>
            Engines.Uncached.Recommend(requirements).Advisories.Select(a => a.Code).ToList();
    }

    /// <summary>Runs a plan rule alone over a plan with one contract: <paramref name="provider"/> for
    /// <paramref name="service"/>.</summary>
    private static List<AdvisoryFact> Planned<TRule>(MerchantRequirements requirements, PaymentService service, PaymentProvider provider)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        var plan = new ContractPlan([new PlannedContract(provider, [service], [], false, false)], []);
        return RuleFixture.Run<TRule>(requirements, PackageEdition.May2025, plan).Outputs.OfType<AdvisoryFact>().ToList();
    }
}
