using System.Globalization;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>Issue 18, finding 2: real-time bank transfer and virtual account are selected as payment methods in the same
/// application, the answer cites the page that says so, and its advisories agree with each other.</summary>
public sealed class CashMethodAdvisoryTests
{
    [Fact]
    public void Check_CatchesTheOldText_AndPassesTheNewOne()
    {
        // The advisory as it was before issue 18, against the escrow advisory beside it.
        CashMethodAdvisories.SaysNoApplicationNeeded("일반결제에는 신용카드, 실시간 계좌이체, 가상계좌가 기본으로 포함되어 있어 실시간 계좌이체와 가상계좌는 따로 신청하지 않아도 됩니다.").Should().BeTrue();
        CashMethodAdvisories.SaysNoApplicationNeeded("General payment includes credit card, real-time bank transfer and virtual account by default, so bank transfer and virtual account need no application of their own.").Should().BeTrue();

        var result = Engines.Ko.Recommend(new MerchantRequirements { BankTransfer = true });
        CashMethodAdvisories.Problems(result).Should().BeEmpty();
        var broken = result with
        {
            Advisories = [.. result.Advisories.Select(a => a.Code == AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount
                ? a with { Message = "실시간 계좌이체와 가상계좌는 따로 신청하지 않아도 됩니다." }
                : a)],
        };
        CashMethodAdvisories.Problems(broken).Should().HaveCount(3, "it says no application, asks for no selection and cites nothing");
    }

    [Theory]
    [InlineData("ko", "전자결제 신청에서 결제수단으로 선택해 신청합니다", "‘전자결제 직접 선택하기’의 ‘일반결제’ 탭에서 결제대행사를 고른 뒤 필요하신 결제수단을 눌러 장바구니에 담으시면", "(출처: https://developers.portone.io/opi/ko/console/guide/reg)")]
    [InlineData("en", "selecting them as payment methods in the e-payment application", "choose the PG on the ‘일반결제’ (General payment) tab and click the methods you need to add them to the cart", "(Source: https://developers.portone.io/opi/ko/console/guide/reg)")]
    public void GeneralPaymentAdvisory_TellsTheMerchantToSelectTheMethods_CitingTheApplicationGuide(string language, string applied, string select, string source)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { CardPayment = true, VirtualAccount = true });

        var advisory = result.Advisories.Single(a => a.Code == AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount);
        advisory.Service.Should().BeNull();
        advisory.Message.Should().Contain(applied).And.Contain(select).And.EndWith(source);
        result.Recommendations.Single(r => r.Service == PaymentService.VirtualAccount).Reason.Should().Contain(language == "ko" ? "결제수단으로 함께 선택해" : "select it as a payment method");
    }

    [Fact]
    public void EveryEdition_ApiVersion_Language_AndExistingContract_TheCashMethodTextsAgree()
    {
        var asks = new[]
        {
            new MerchantRequirements { BankTransfer = true },
            new MerchantRequirements { VirtualAccount = true },
            new MerchantRequirements { BankTransfer = true, VirtualAccount = true, CardPayment = true },
        };
        var checkedAnswers = 0;
        foreach (var edition in System.Enum.GetValues<PackageEdition>())
        {
            foreach (var version in new PortOneApiVersion?[] { null, PortOneApiVersion.V1, PortOneApiVersion.V2 })
            {
                foreach (var existing in new[] { System.Array.Empty<PaymentProvider>(), [PaymentProvider.Ksnet], [PaymentProvider.KgInicis, PaymentProvider.Kpn] })
                {
                    foreach (var ask in asks)
                    {
                        foreach (var language in new[] { "ko", "en" })
                        {
                            var result = Engines.Uncached.Recommend(
                                ask with { ApiVersion = version, ExistingContracts = existing },
                                new RecommendationContext { Culture = CultureInfo.GetCultureInfo(language), Edition = edition });
                            result.Advisories.Select(a => a.Code).Should().Contain([AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount, AdvisoryCode.EscrowForCashPayments]);
                            CashMethodAdvisories.Problems(result).Should().BeEmpty("{0} on {1} in {2}", edition, version, language);
                            checkedAnswers++;
                        }
                    }
                }
            }
        }

        checkedAnswers.Should().Be(System.Enum.GetValues<PackageEdition>().Length * 3 * 3 * 3 * 2);
    }
}
