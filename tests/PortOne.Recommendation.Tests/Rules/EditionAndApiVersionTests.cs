using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>Package editions and PortOne API versions, with outcomes written out by hand from the help page's history
/// (H-PKG@...) and the PG list (H-PGLIST, D-V1CODES, D-READY).</summary>
public sealed class EditionAndApiVersionTests
{
    private static readonly MerchantRequirements EveryPackageItem = new()
    {
        CardPayment = true,
        RecurringCard = new(BillingKeyIssuance.Api),
        EasyPay = new(),
        IdentityVerification = new(),
    };

    [Theory]
    [InlineData(PackageEdition.May2025, null, new[] { PaymentProvider.KgInicis, PaymentProvider.NicePayments }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.October2025, null, new[] { PaymentProvider.KgInicis, PaymentProvider.NhnKcp }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.November2025, null, new[] { PaymentProvider.KgInicis, PaymentProvider.Kpn }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.November2025, PortOneApiVersion.V1, new[] { PaymentProvider.KgInicis }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.November2025, PortOneApiVersion.V2, new[] { PaymentProvider.KgInicis, PaymentProvider.Kpn }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.December2025, null, new[] { PaymentProvider.KgInicis, PaymentProvider.NhnKcp }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.April2026, null, new[] { PaymentProvider.Kpn, PaymentProvider.GalaxiaMoneyTree }, new[] { PaymentProvider.KakaoPay }, new[] { PaymentProvider.Kpn })]
    [InlineData(PackageEdition.April2026, PortOneApiVersion.V2, new[] { PaymentProvider.Kpn, PaymentProvider.GalaxiaMoneyTree }, new[] { PaymentProvider.KakaoPay }, new[] { PaymentProvider.Kpn })]
    public void Edition_PackageItems_NameTheEditionsProviders(
        PackageEdition edition, PortOneApiVersion? version, PaymentProvider[] cards, PaymentProvider[] easyPay, PaymentProvider[]? recurring = null)
    {
        var engine = RecommendationEngine.Create(o => o.Edition = edition);

        var result = engine.Recommend(EveryPackageItem with { ApiVersion = version });

        result.Recommendations.Select(r => (r.Service, r.PackageItem, string.Join(",", r.Providers))).Should().Equal(
            (PaymentService.CardPayment, PackageItem.CardGeneral, string.Join(",", cards)),
            (PaymentService.RecurringCardPayment, PackageItem.CardRecurring, string.Join(",", recurring ?? cards)),
            (PaymentService.EasyPay, PackageItem.EasyPay, string.Join(",", easyPay)),
            (PaymentService.IdentityVerification, PackageItem.IdentityVerification, "Danal"));
        var leftOut = result.Advisories.Where(a => a.Code == AdvisoryCode.PackageProviderUnavailableOnApiVersion).ToList();
        if (version == PortOneApiVersion.V1 && edition is PackageEdition.November2025 or PackageEdition.April2026)
        {
            leftOut.Should().ContainSingle().Which.Message.Should().Contain("KPN").And.Contain("V1").And.Contain("help.portone.io/content/pg-service-list");
        }
        else
        {
            leftOut.Should().BeEmpty();
        }
    }

    [Fact]
    public void April2026_OnV1_RecurringCardsGoDirect_BecauseGalaxiaIssuesBillingKeysInItsWindowOnly()
    {
        var engine = RecommendationEngine.Create(o => o.Edition = PackageEdition.April2026);

        var result = engine.Recommend(EveryPackageItem with { ApiVersion = PortOneApiVersion.V1 });

        // Galaxia: window billing only [D-V1-galaxia D-V2-galaxia]; KPN is V2 only [D-V2PG H-PGLIST].
        result.Recommendations.Select(r => (r.Service, r.Path, r.PackageItem, string.Join(",", r.Providers))).Should().Equal(
            (PaymentService.CardPayment, ApplicationPath.RecommendedPackage, PackageItem.CardGeneral, "GalaxiaMoneyTree"),
            (PaymentService.RecurringCardPayment, ApplicationPath.DirectSelection, (PackageItem?)null, "KgInicis,NicePayments,NhnKcp,TossPayments,Ksnet,WelcomePayments,KiwoomPay,HectoFinancial"),
            (PaymentService.EasyPay, ApplicationPath.RecommendedPackage, PackageItem.EasyPay, "KakaoPay"),
            (PaymentService.IdentityVerification, ApplicationPath.RecommendedPackage, PackageItem.IdentityVerification, "Danal"));
        result.Recommendations[1].Reason.Should().Be("포트원 문서에는 이 추천패키지의 ‘신용카드 정기결제’ 결제대행사가 포트원 V1을 지원한다고 나와 있지 않아, ‘전자결제 직접 선택하기’에서 포트원 V1을 지원하는 결제대행사를 골라 신청합니다.");
    }

    [Fact]
    public void April2026_NaverPay_IsOutsideThePackage_AndGoesDirect()
    {
        var engine = RecommendationEngine.Create(o => o.Edition = PackageEdition.April2026);

        var result = engine.Recommend(new MerchantRequirements { EasyPay = new() { Brands = [EasyPayBrand.NaverPay, EasyPayBrand.KakaoPay] } });

        result.Recommendations.Select(r => (r.Path, string.Join(",", r.Providers))).Should().Equal(
            (ApplicationPath.RecommendedPackage, "KakaoPay"),
            (ApplicationPath.DirectSelection, "NaverPay"));
        // A new NaverPay contract: its entry condition (naverpay-contract.md) is stated.
        result.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.EasyPayBrandNotInPackage, AdvisoryCode.NaverPayNeedsPgSalesFirst);
    }

    [Theory]
    [InlineData(null, "KgInicis,Danal,WelcomePayments,GalaxiaMoneyTree,KgFinancial")]
    [InlineData(PortOneApiVersion.V1, "Danal,WelcomePayments,GalaxiaMoneyTree,KgFinancial")]
    [InlineData(PortOneApiVersion.V2, "KgInicis,WelcomePayments,GalaxiaMoneyTree")]
    public void RecurringMobileMicropayment_CandidatesFollowTheApiVersion(PortOneApiVersion? version, string candidates)
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements { MobileMicropayment = new(Recurring: true), ApiVersion = version });

        string.Join(",", result.Recommendations.Single().Providers).Should().Be(candidates);
    }

    [Fact]
    public void V2_DanalServesIdentityVerificationOnly()
    {
        var v2 = Engines.Ko.Recommend(new MerchantRequirements
        {
            IdentityVerification = new(),
            MobileMicropayment = new(),
            RecurringCard = new(BillingKeyIssuance.PaymentWindow),
            ApiVersion = PortOneApiVersion.V2,
        });

        v2.Recommendations.Single(r => r.Service == PaymentService.IdentityVerification).Providers.Should().Equal(PaymentProvider.Danal);
        v2.Recommendations.Where(r => r.Service != PaymentService.IdentityVerification)
            .Should().AllSatisfy(r => r.Providers.Should().NotContain(PaymentProvider.Danal));
        v2.Advisories.Select(a => a.Code).Should().NotContain(AdvisoryCode.PackageProviderUnavailableOnApiVersion);
    }

    [Fact]
    public void V1_KpnIsNoCandidate_V2_KpnIs()
    {
        var requirements = new MerchantRequirements { EasyPay = new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.SamsungPay] } };

        Engines.Ko.Recommend(requirements with { ApiVersion = PortOneApiVersion.V1 }).Recommendations.Single().Providers
            .Should().NotContain(PaymentProvider.Kpn).And.Contain(PaymentProvider.KiwoomPay);
        Engines.Ko.Recommend(requirements with { ApiVersion = PortOneApiVersion.V2 }).Recommendations.Single().Providers
            .Should().Contain(PaymentProvider.Kpn).And.NotContain(PaymentProvider.KiwoomPay);
    }

    [Fact]
    public void HubWithRecurring_InicisAmongHubPgs_WarnsThatInicisHubCannotRecur()
    {
        var result = Engines.En.Recommend(new MerchantRequirements
        {
            RecurringCard = new(BillingKeyIssuance.Api),
            EasyPay = new() { Integration = EasyPayIntegration.Hub },
        });

        var advisory = result.Advisories.Should().ContainSingle(a => a.Code == AdvisoryCode.InicisHubEasyPayNotForRecurring).Subject;
        advisory.Message.Should().Contain("KG Inicis").And.Contain("help.portone.io/content/inicis-easypay-hub-fee");
        Engines.En.Recommend(new MerchantRequirements { EasyPay = new() { Integration = EasyPayIntegration.Hub } })
            .Advisories.Select(a => a.Code).Should().NotContain(AdvisoryCode.InicisHubEasyPayNotForRecurring);
    }
}
