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
    [InlineData(PackageEdition.July2025, null, new[] { PaymentProvider.KgInicis, PaymentProvider.NicePayments }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.October2025, null, new[] { PaymentProvider.KgInicis, PaymentProvider.NhnKcp }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.November2025, null, new[] { PaymentProvider.KgInicis, PaymentProvider.Kpn }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.November2025, PortOneApiVersion.V1, new[] { PaymentProvider.KgInicis }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.November2025, PortOneApiVersion.V2, new[] { PaymentProvider.KgInicis, PaymentProvider.Kpn }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.December2025, null, new[] { PaymentProvider.KgInicis, PaymentProvider.NhnKcp }, new[] { PaymentProvider.KakaoPay, PaymentProvider.NaverPay })]
    [InlineData(PackageEdition.April2026, null, new[] { PaymentProvider.Kpn, PaymentProvider.GalaxiaMoneyTree }, new[] { PaymentProvider.KakaoPay })]
    [InlineData(PackageEdition.April2026, PortOneApiVersion.V1, new[] { PaymentProvider.GalaxiaMoneyTree }, new[] { PaymentProvider.KakaoPay })]
    [InlineData(PackageEdition.Latest, PortOneApiVersion.V2, new[] { PaymentProvider.Kpn, PaymentProvider.GalaxiaMoneyTree }, new[] { PaymentProvider.KakaoPay })]
    public void Edition_PackageItems_NameTheEditionsProviders(
        PackageEdition edition, PortOneApiVersion? version, PaymentProvider[] cards, PaymentProvider[] easyPay)
    {
        var engine = RecommendationEngine.Create(o => o.PackageEdition = edition);

        var result = engine.Recommend(EveryPackageItem with { ApiVersion = version });

        result.Recommendations.Select(r => (r.Service, r.PackageItem, string.Join(",", r.Providers))).Should().Equal(
            (PaymentService.CardPayment, PackageItem.CardGeneral, string.Join(",", cards)),
            (PaymentService.RecurringCardPayment, PackageItem.CardRecurring, string.Join(",", cards)),
            (PaymentService.EasyPay, PackageItem.EasyPay, string.Join(",", easyPay)),
            (PaymentService.IdentityVerification, PackageItem.IdentityVerification, "Danal"));
        var leftOut = result.Advisories.Where(a => a.Code == AdvisoryCode.PackageProviderUnavailableOnApiVersion).ToList();
        if (version == PortOneApiVersion.V1 && edition is PackageEdition.November2025 or PackageEdition.April2026)
        {
            leftOut.Should().ContainSingle().Which.Message.Should().Contain("KPN").And.Contain("V1").And.Contain("pg-service-list.md");
        }
        else
        {
            leftOut.Should().BeEmpty();
        }
    }

    [Fact]
    public void April2026_NaverPay_IsOutsideThePackage_AndGoesDirect()
    {
        var engine = RecommendationEngine.Create(o => o.PackageEdition = PackageEdition.April2026);

        var result = engine.Recommend(new MerchantRequirements { EasyPay = new() { Brands = [EasyPayBrand.NaverPay, EasyPayBrand.KakaoPay] } });

        result.Recommendations.Select(r => (r.Path, string.Join(",", r.Providers))).Should().Equal(
            (ApplicationPath.RecommendedPackage, "KakaoPay"),
            (ApplicationPath.DirectSelection, "NaverPay"));
        result.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.EasyPayBrandNotInPackage);
    }

    [Theory]
    [InlineData(null, "KgInicis,Danal,WelcomePayments,GalaxiaMoneyTree,KgFinancial")]
    [InlineData(PortOneApiVersion.V1, "Danal,WelcomePayments,GalaxiaMoneyTree,KgFinancial")]
    [InlineData(PortOneApiVersion.V2, "KgInicis,GalaxiaMoneyTree")]
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
            .Should().AllSatisfy(r => r.Providers.Should().NotContain(PaymentProvider.Danal).And.NotContain(PaymentProvider.WelcomePayments));
        v2.Advisories.Select(a => a.Code).Should().NotContain(AdvisoryCode.PackageProviderUnavailableOnApiVersion);
    }

    [Fact]
    public void V1_KpnIsNoCandidate_V2_KpnIs()
    {
        var requirements = new MerchantRequirements { EasyPay = new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.SamsungPay] } };

        Engines.Ko.Recommend(requirements with { ApiVersion = PortOneApiVersion.V1 }).Recommendations.Single().Providers
            .Should().NotContain(PaymentProvider.Kpn).And.Contain(PaymentProvider.KgFinancial);
        Engines.Ko.Recommend(requirements with { ApiVersion = PortOneApiVersion.V2 }).Recommendations.Single().Providers
            .Should().Contain(PaymentProvider.Kpn).And.NotContain(PaymentProvider.KgFinancial);
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
        advisory.Message.Should().Contain("KG Inicis").And.Contain("inicis-easypay-hub-fee.md");
        Engines.En.Recommend(new MerchantRequirements { EasyPay = new() { Integration = EasyPayIntegration.Hub } })
            .Advisories.Select(a => a.Code).Should().NotContain(AdvisoryCode.InicisHubEasyPayNotForRecurring);
    }
}
