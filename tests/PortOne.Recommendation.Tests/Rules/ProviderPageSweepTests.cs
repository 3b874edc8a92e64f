using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>
/// Issue 18, the provider-page sweep (docs/catalog-audit.md 8.10): NaverPay's entry condition, Danal's identity
/// verification tests, Paymentwall's real test payments, KakaoPay's recurring addendum, PayPal's separate applications
/// and the V1 prior contracts. Expectations are written out by hand from the pages quoted there, not derived from the
/// catalog.
/// </summary>
public sealed class ProviderPageSweepTests
{
    private static readonly PortOneApiVersion?[] Versions = [null, PortOneApiVersion.V1, PortOneApiVersion.V2];

    private static readonly PackageEdition[] Editions = Enum.GetValues<PackageEdition>();

    /// <summary>The editions whose easy-pay item names NaverPay (package.md of each edition).</summary>
    private static readonly PackageEdition[] EditionsWithNaverPay =
        [PackageEdition.April2025Kpn, PackageEdition.May2025, PackageEdition.October2025, PackageEdition.November2025, PackageEdition.December2025];

    private static readonly Dictionary<PackageEdition, RecommendationEngine> ByEdition =
        Editions.ToDictionary(e => e, e => RecommendationEngine.Create(o => o.Edition = e));

    [Fact]
    public void NaverPay_NewContract_IsToldItsEntryCondition_ExistingOrHubIsNot()
    {
        // naverpay-contract.md@47b7df7: "결제형 가입을 위해서는 일반 PG 결제모듈이 연동하실 서비스에 이미 적용되어 있어야 하고,
        // ‘최소 1개월이상’ 매출이 발생되어야 심사 진행이 가능한점".
        EasyPayRequirement[] requests =
        [
            new() { Integration = EasyPayIntegration.Direct },
            new() { Integration = EasyPayIntegration.Direct, Brands = [EasyPayBrand.NaverPay] },
            new() { Integration = EasyPayIntegration.Direct, Brands = [EasyPayBrand.KakaoPay] },
            new() { Integration = EasyPayIntegration.Direct, Brands = [EasyPayBrand.NaverPay, EasyPayBrand.TossPay] },
            new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.NaverPay] },
        ];
        var told = 0;
        var notTold = 0;
        foreach (var edition in Editions)
        {
            foreach (var version in Versions)
            {
                foreach (var easyPay in requests)
                {
                    foreach (var existing in new[] { Array.Empty<PaymentProvider>(), [PaymentProvider.NaverPay] })
                    {
                        var requirements = new MerchantRequirements { EasyPay = easyPay, ApiVersion = version, ExistingContracts = existing, CardPayment = true };
                        var result = ByEdition[edition].Recommend(requirements);
                        var asksNaverPay = easyPay.Brands.Contains(EasyPayBrand.NaverPay) || (easyPay.Brands.Count == 0 && EditionsWithNaverPay.Contains(edition));
                        var expected = easyPay.Integration == EasyPayIntegration.Direct && asksNaverPay && existing.Length == 0;
                        var context = $"{edition} {version} {easyPay.Integration} {string.Join(",", easyPay.Brands)} existing {existing.Length}";

                        result.ContractPlan.Contracts.Any(c => c.Provider == PaymentProvider.NaverPay && !c.IsExisting).Should().Be(expected, context);
                        var advisories = result.Advisories.Where(a => a.Code == AdvisoryCode.NaverPayNeedsPgSalesFirst).ToList();
                        advisories.Should().HaveCount(expected ? 1 : 0, context);
                        foreach (var advisory in advisories)
                        {
                            advisory.Service.Should().Be(PaymentService.EasyPay);
                            advisory.Message.Should().Contain("일반 결제대행사의 결제모듈이 연동할 서비스에 이미 적용되어 있고 최소 1개월 이상 매출이 발생한 뒤에")
                                .And.EndWith("(출처: https://help.portone.io/content/naverpay-contract)");
                        }

                        told += expected ? 1 : 0;
                        notTold += expected ? 0 : 1;
                    }
                }
            }
        }

        told.Should().BeGreaterThan(0);
        notTold.Should().BeGreaterThan(0);
        Engines.En.Recommend(new MerchantRequirements { EasyPay = new() { Brands = [EasyPayBrand.NaverPay] } })
            .Advisories.Single(a => a.Code == AdvisoryCode.NaverPayNeedsPgSalesFirst).Message
            .Should().StartWith("NaverPay ‘결제형’ (payment type) reviews a merchant only when a general PG's payment module is already live")
            .And.Contain("at least one month of sales");
    }

    [Theory]
    [InlineData(VerificationPurpose.SignUp)]
    [InlineData(VerificationPurpose.AgeRestriction)]
    public void Danal_IdentityVerification_HasNoTestKeysAtAll_NotOnlySms(VerificationPurpose purpose)
    {
        // danal.md@62f6d7c: "다날 정책상 본인인증 테스트 연동정보가 제공되지 않습니다 계약 후 실제 상점아이디로 테스트 하실 수 있습니다."
        foreach (var version in Versions)
        {
            var requirements = new MerchantRequirements { IdentityVerification = new(purpose), ApiVersion = version };
            var ko = Engines.Ko.Recommend(requirements).Advisories.Single(a => a.Code == AdvisoryCode.DanalPhoneVerificationDiffers).Message;
            ko.Should().Contain("다날 정책상 본인인증 테스트 연동 정보가 제공되지 않아").And.Contain("계약 후 실제 상점아이디로 테스트하셔야 합니다")
                .And.NotContain("SMS").And.EndWith("(출처: https://help.portone.io/content/danal)");
            Engines.En.Recommend(requirements).Advisories.Single(a => a.Code == AdvisoryCode.DanalPhoneVerificationDiffers).Message
                .Should().Contain("no test integration keys for identity verification").And.NotContain("SMS");
        }
    }

    [Fact]
    public void Paymentwall_InThePlan_TestPaymentsAreReal_AndTheFirstRecurringPaymentCannotBeCancelled()
    {
        // paymentwall.md@dd98a91: "실제 카드로 테스트가 진행되어야 하며, 실제 결제가 발생되므로 반드시 취소처리까지"; "정기결제의
        // 경우 빌링키 발급과 동시에 첫결제 발생이 필요합니다. (단, 결제 된 거래취소는 불가!)"
        var cases = 0;
        foreach (var version in Versions)
        {
            foreach (var recurring in new[] { false, true })
            {
                foreach (var existing in new[] { Array.Empty<PaymentProvider>(), [PaymentProvider.Paymentwall], [PaymentProvider.PayPal] })
                {
                    var result = Engines.Ko.Recommend(new MerchantRequirements { OverseasCards = true, RecurringOverseasCards = recurring, ApiVersion = version, ExistingContracts = existing });
                    var planned = result.ContractPlan.Contracts.SingleOrDefault(c => c.Services.Contains(PaymentService.OverseasCardPayment))?.Provider;
                    var advisory = result.Advisories.SingleOrDefault(a => a.Code == AdvisoryCode.PaymentwallTestPaymentsAreReal);
                    var context = $"{version} recurring {recurring} existing {string.Join(",", existing)}";

                    // Paymentwall is planned where the merchant has it and it serves: only recurring cards issued abroad go
                    // to overseas PGs (one-time ones to domestic PGs), and its recurring is V1 only (D-V1BILL).
                    if (existing.Contains(PaymentProvider.Paymentwall))
                    {
                        (planned == PaymentProvider.Paymentwall).Should().Be(recurring && version != PortOneApiVersion.V2, context);
                    }

                    (advisory is not null).Should().Be(planned == PaymentProvider.Paymentwall, context);
                    if (advisory is not null)
                    {
                        advisory.Service.Should().Be(PaymentService.OverseasCardPayment);
                        advisory.Message.Should().StartWith("페이먼트월 테스트 모드에서는 실제 카드로 테스트하며 실제 결제가 발생하므로")
                            .And.EndWith("(출처: https://help.portone.io/content/paymentwall)");
                        advisory.Message.Contains("첫 결제가 함께 이루어지며, 이렇게 결제된 거래는 취소할 수 없습니다", StringComparison.Ordinal).Should().Be(recurring, context);
                        cases++;
                    }
                }
            }
        }

        cases.Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void KakaoPay_RecurringEasyPay_AddsTheAddendumAndTheSeparateMid_CitingItsPage()
    {
        // kakaopay-contract.md@47b7df7: "정기결제 이용특약서 추가로 작성하여 신청 바랍니다."; kakaopay.md@47b7df7:
        // "카카오페이는 일반결제용 상점아이디와 정기결제용 상점아이디가 별도로 발급됩니다."
        foreach (var version in Versions)
        {
            var kakao = new MerchantRequirements { RecurringCard = new(), EasyPay = new() { Brands = [EasyPayBrand.KakaoPay] }, ApiVersion = version };
            var ko = Engines.Ko.Recommend(kakao).Advisories.Single(a => a.Code == AdvisoryCode.RecurringEasyPayAvailable).Message;
            ko.Should().StartWith("카카오페이는 간편결제사 직접 계약으로 간편결제 정기결제도 지원하니")
                .And.Contain("(출처: https://help.portone.io/content/pg-service-list)")
                .And.Contain("정기결제 이용특약서를 추가로 작성해").And.Contain("정기결제용 상점아이디는 일반결제용과 따로 발급됩니다")
                .And.EndWith("(출처: https://help.portone.io/content/kakaopay-contract)");
            Engines.En.Recommend(kakao).Advisories.Single(a => a.Code == AdvisoryCode.RecurringEasyPayAvailable).Message
                .Should().Contain("‘정기결제 이용특약서’ (recurring-payment addendum)");

            // NaverPay alone, and hub-type easy pay: no KakaoPay sentence.
            var naver = kakao with { EasyPay = new() { Brands = [EasyPayBrand.NaverPay] } };
            Engines.Ko.Recommend(naver).Advisories.Single(a => a.Code == AdvisoryCode.RecurringEasyPayAvailable).Message
                .Should().NotContain("특약서").And.EndWith("(출처: https://help.portone.io/content/pg-service-list)");
            var hub = kakao with { EasyPay = new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.KakaoPay] } };
            Engines.Ko.Recommend(hub).Advisories.Single(a => a.Code == AdvisoryCode.RecurringEasyPayAvailable).Message
                .Should().NotContain("특약서");
        }
    }

    [Fact]
    public void PayPal_Recurring_IsAppliedForSeparately_WithoutTheRecurringAddendum_OtherOverseasPgsKeepIt()
    {
        // paypal-contract.md@47b7df7: "페이팔의 경우 별도 계약절차가 없어"; "일반결제와 정기결제를 모두 이용하신다면, 각각
        // 선택하여 접수해주시기 바랍니다."
        foreach (var version in Versions)
        {
            ContractAddOn[] AddOns(PaymentProvider provider, bool recurring) => Engines.Ko.Recommend(new MerchantRequirements
            {
                OverseasCards = true,
                RecurringOverseasCards = recurring,
                ApiVersion = version,
                ExistingContracts = [provider],
            }).ContractPlan.Contracts.Single(c => c.Provider == provider).AddOns.ToArray();

            AddOns(PaymentProvider.PayPal, recurring: true).Should().Equal(ContractAddOn.RecurringSeparateApplication);
            AddOns(PaymentProvider.Payletter, recurring: true).Should().Equal(ContractAddOn.RecurringAddendum);
        }

        Engines.Ko.Recommend(new MerchantRequirements { OverseasCards = true, RecurringOverseasCards = true, ApiVersion = PortOneApiVersion.V1, ExistingContracts = [PaymentProvider.Paymentwall] })
            .ContractPlan.Contracts.Single().AddOns.Should().Equal(ContractAddOn.RecurringAddendum);
    }
}
