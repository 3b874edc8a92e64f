using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>
/// Issue 18, findings 1, 3, 4 and 8: KG Financial's methods, the one-time mobile micropayment path, the hub add-ons per
/// PG and API version, and NHN KCP's certificate step. Expectations are written out by hand from the pages quoted in
/// docs/catalog-audit.md section 8, not derived from the catalog.
/// </summary>
public sealed class DomainTruthTwoTests
{
    private static readonly PortOneApiVersion?[] Versions = [null, PortOneApiVersion.V1, PortOneApiVersion.V2];

    private static readonly EasyPayBrand[] Brands = Enum.GetValues<EasyPayBrand>();

    /// <summary>Every hub-type easy-pay request: each non-empty brand subset.</summary>
    private static IEnumerable<EasyPayBrand[]> BrandSubsets() =>
        Enumerable.Range(1, (1 << Brands.Length) - 1).Select(mask => Brands.Where(b => (mask & (1 << (int)b)) != 0).ToArray());

    [Fact]
    public void KgFinancial_IsNeverNamedForTransferVirtualAccountOrHubEasyPay_AndAnExistingContractIsToldToAsk()
    {
        // mobilians-contract.md@62f6d7c: "현재 KG파이낸셜은 신용카드, 휴대폰결제 연동 서비스만 이용 가능합니다."
        var requests = new List<MerchantRequirements> { new() { BankTransfer = true }, new() { VirtualAccount = true }, new() { BankTransfer = true, VirtualAccount = true } };
        requests.AddRange(BrandSubsets().Select(b => new MerchantRequirements { EasyPay = new EasyPayRequirement { Integration = EasyPayIntegration.Hub, Brands = b } }));
        var checkedAnswers = 0;
        foreach (var request in requests)
        {
            foreach (var version in Versions)
            {
                foreach (var existing in new[] { Array.Empty<PaymentProvider>(), [PaymentProvider.KgFinancial] })
                {
                    var result = Engines.Ko.Recommend(request with { ApiVersion = version, ExistingContracts = existing });
                    result.Recommendations.Should().NotContain(e => e.Providers.Contains(PaymentProvider.KgFinancial));
                    result.ContractPlan.Contracts.Should().NotContain(c => c.Provider == PaymentProvider.KgFinancial);
                    var told = result.Advisories.Where(a => a.Code == AdvisoryCode.KgFinancialCardAndMobileOnly).ToList();
                    told.Should().HaveCount(existing.Length == 1 && version != PortOneApiVersion.V2 ? 1 : 0);
                    told.ForEach(a => a.Message.Should().Contain("‘현재 KG파이낸셜은 신용카드, 휴대폰결제 연동 서비스만 이용 가능합니다’")
                        .And.Contain("포트원 고객지원팀에 확인해 주세요").And.EndWith("(출처: https://help.portone.io/content/mobilians-contract)"));
                    checkedAnswers++;
                }
            }
        }

        checkedAnswers.Should().Be(requests.Count * 6);
    }

    [Fact]
    public void KgFinancial_KeepsCardsAndMobile_AndAnExistingContractServesThem()
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements
        {
            CardPayment = true,
            BankTransfer = true,
            MobileMicropayment = new MobileMicropaymentRequirement(Recurring: false),
            ApiVersion = PortOneApiVersion.V1,
            ExistingContracts = [PaymentProvider.KgFinancial],
        });

        result.Recommendations.Where(e => e.Path == ApplicationPath.ExistingContract).Select(e => e.Service)
            .Should().Equal(PaymentService.CardPayment, PaymentService.MobileMicropayment);
        result.Advisories.Should().ContainSingle(a => a.Code == AdvisoryCode.KgFinancialCardAndMobileOnly);
        Engines.Ko.Recommend(new MerchantRequirements { CardPayment = true, ExistingContracts = [PaymentProvider.KgFinancial] })
            .Advisories.Should().NotContain(a => a.Code == AdvisoryCode.KgFinancialCardAndMobileOnly);
    }

    [Fact]
    public void OneTimeMobileMicropayment_GoesThroughGeneralPayment_TheRecurringPathStays()
    {
        // start.md@62f6d7c: "일반결제 : ‘신용카드, 실시간 계좌이체, 가상계좌, 휴대폰 소액결제, 상품권’을 의미합니다."
        var oneTime = new MerchantRequirements { MobileMicropayment = new MobileMicropaymentRequirement(Recurring: false) };
        Engines.Ko.Recommend(oneTime).Recommendations.Single().Steps
            .Should().Equal("‘전자결제 직접 선택하기’", "‘일반결제’", "결제대행사 선택", "‘휴대폰 소액결제’로 신청");
        Engines.En.Recommend(oneTime).Recommendations.Single().Steps[^1].Should().Be("Apply as ‘휴대폰 소액결제’ (Mobile micropayment)");

        // The recurring path has its own source (package.md Q&A 3) and is unchanged.
        Engines.Ko.Recommend(new MerchantRequirements { MobileMicropayment = new MobileMicropaymentRequirement(Recurring: true) }).Recommendations.Single().Steps
            .Should().Equal("‘전자결제 직접 선택하기’", "‘휴대폰결제’", "정기결제를 지원하는 결제대행사 선택", "‘휴대폰 소액결제 정기결제’로 신청");
    }

    /// <summary>The add-ons of hub-type easy pay per PG and API version, as the pages give them.</summary>
    private static ContractAddOn[] HubAddOns(PaymentProvider provider, PortOneApiVersion? version)
    {
        var onV2 = version != PortOneApiVersion.V1; // a V2 guide's prior contract: V2, or either version
        var addOns = provider switch
        {
            PaymentProvider.KgInicis => [ContractAddOn.HubEasyPayBrandReview], // inicis-easypay-hub-fee.md
            PaymentProvider.NicePayments => [ContractAddOn.HubEasyPayMerchantId], // content200036.md
            PaymentProvider.NhnKcp => [ContractAddOn.HubEasyPaySiteCodes], // kcp-easypay-hub-apply.md

            // V1 and V2: the V1 guides' 연동 유의사항 list "- 간편결제 사용" under the prior contract too (newtoss/warning.mdx,
            // smartro-v2/caution.mdx, welcome/caution.mdx); KSNET's V1 pages have no such list.
            PaymentProvider.TossPayments => [ContractAddOn.HubEasyPayMerchantId, ContractAddOn.HubEasyPayPriorContract],
            PaymentProvider.Smartro or PaymentProvider.WelcomePayments => [ContractAddOn.HubEasyPayPriorContract],
            PaymentProvider.Ksnet => onV2 ? [ContractAddOn.HubEasyPayPriorContract] : [],
            PaymentProvider.GalaxiaMoneyTree => [ContractAddOn.HubEasyPayNewMerchantIdAndReview], // additional-galaxia.md
            _ => Array.Empty<ContractAddOn>(),
        };
        return addOns;
    }

    [Fact]
    public void HubEasyPay_AddOnsPerPgAndApiVersion_OverEveryHubRequest()
    {
        var seen = new HashSet<(PaymentProvider, PortOneApiVersion?)>();
        foreach (var brands in BrandSubsets())
        {
            foreach (var version in Versions)
            {
                var requirements = new MerchantRequirements { EasyPay = new EasyPayRequirement { Integration = EasyPayIntegration.Hub, Brands = brands }, ApiVersion = version };
                var candidates = Engines.Ko.Recommend(requirements).Recommendations.Single().Providers;
                foreach (var provider in candidates)
                {
                    // An existing contract costs nothing, so the plan takes hub easy pay from it.
                    var contract = Engines.Ko.Recommend(requirements with { ExistingContracts = [provider] }).ContractPlan.Contracts.Single();
                    contract.Provider.Should().Be(provider);
                    contract.AddOns.Should().Equal(HubAddOns(provider, version), $"{provider} on {version?.ToString() ?? "either version"} for {string.Join(",", brands)}");
                    seen.Add((provider, version));
                }
            }
        }

        seen.Select(s => s.Item1).Distinct().Should().Contain([PaymentProvider.KgInicis, PaymentProvider.Ksnet, PaymentProvider.Smartro, PaymentProvider.WelcomePayments, PaymentProvider.GalaxiaMoneyTree, PaymentProvider.TossPayments]);
    }

    /// <summary>Toss Payments and KSNET: their V2 guides only ("- 휴대폰 소액결제"; "- 휴대폰 결제"); Welcome: its V1 and V2
    /// guides ("- 휴대폰 실물 / 컨텐츠 사용", "- 휴대폰 빌링키 발급과 동시에 결제 실물 / 컨텐츠 사용").</summary>
    [Theory]
    [InlineData(PaymentProvider.TossPayments, false, true)]
    [InlineData(PaymentProvider.Ksnet, false, true)]
    [InlineData(PaymentProvider.WelcomePayments, false, false)]
    [InlineData(PaymentProvider.WelcomePayments, true, false)]
    public void MobileMicropayment_PriorContract_PerPgAndApiVersion(PaymentProvider provider, bool recurring, bool v2Only)
    {
        foreach (var version in Versions)
        {
            var contract = Engines.Ko.Recommend(new MerchantRequirements
            {
                MobileMicropayment = new MobileMicropaymentRequirement(recurring),
                ApiVersion = version,
                ExistingContracts = [provider],
            }).ContractPlan.Contracts.Single();
            contract.Provider.Should().Be(provider);
            contract.AddOns.Contains(ContractAddOn.MobileMicropaymentPriorContract).Should().Be(!v2Only || version != PortOneApiVersion.V1, $"{provider} on {version}");
        }

        // KG Inicis' V2 guide lists no mobile micropayment under its prior contract.
        Engines.Ko.Recommend(new MerchantRequirements { MobileMicropayment = new MobileMicropaymentRequirement(false), ApiVersion = PortOneApiVersion.V2, ExistingContracts = [PaymentProvider.KgInicis] })
            .ContractPlan.Contracts.Single().AddOns.Should().BeEmpty();
    }

    [Fact]
    public void RecurringCertificateOnPc_NhnKcpIsHedged_KgInicisIsNot()
    {
        var window = new MerchantRequirements { RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.PaymentWindow) };

        // schedule-requirement.md@d348167, KCP: "공인인증 생략이 기본값이나, … 공인인증 과정이 포함될 수 있습니다."
        var kcp = Engines.Ko.Recommend(window with { ExistingContracts = [PaymentProvider.NhnKcp] }).Advisories.Single(a => a.Code == AdvisoryCode.RecurringCertificateOnPc);
        kcp.Message.Should().Contain("NHN KCP").And.Contain("공인인증 생략이 기본값이지만").And.Contain("포함될 수 있습니다")
            .And.EndWith("(출처: https://help.portone.io/content/schedule-requirement)");

        var inicis = Engines.Ko.Recommend(window with { ExistingContracts = [PaymentProvider.KgInicis] }).Advisories.Single(a => a.Code == AdvisoryCode.RecurringCertificateOnPc);
        inicis.Message.Should().Contain("PC 환경에서 공인인증 절차가 필요하고").And.EndWith("(출처: https://help.portone.io/content/content200052)");

        // API issuance has no authentication step (the same page): nothing for NHN KCP either.
        Engines.Ko.Recommend(new MerchantRequirements { RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api), ExistingContracts = [PaymentProvider.NhnKcp] })
            .Advisories.Should().NotContain(a => a.Code == AdvisoryCode.RecurringCertificateOnPc);
    }
}
