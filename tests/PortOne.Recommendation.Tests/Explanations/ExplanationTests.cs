using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Tests.Explanations;

/// <summary>Explanations of named cases, and reasons from a caller's rule.</summary>
public sealed class ExplanationTests
{
    private static readonly RecommendationContext Explain = new() { Explain = true };

    private static readonly MerchantRequirements SeedShop = new()
    {
        CardPayment = true,
        EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
        IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
    };

    [Fact]
    public void WithoutExplain_ThereIsNoExplanation()
    {
        RecommendationEngine.Create().Recommend(SeedShop).Explanation.Should().BeNull();
    }

    [Fact]
    public void SeedShop_WhyNotNhnKcpForCards_NotInTheJuly2025Package()
    {
        var engine = RecommendationEngine.Create(o => o.Edition = PackageEdition.July2025);
        var card = engine.Recommend(SeedShop, Explain).Explanation!.For(PaymentService.CardPayment)!;

        var kcp = card.For(PaymentProvider.NhnKcp)!;
        kcp.Standing.Should().Be(ProviderStanding.NotNamed);
        kcp.Reasons.Should().ContainSingle().Which.Code.Should().Be(ExplanationReasonCode.NotInPackage);
        kcp.Reasons[0].Text.Should().Be("2025년 5월 추천패키지 안내 페이지의 ‘신용카드 일반결제’ 항목에는 NHN KCP가 나와 있지 않습니다.");
        kcp.Reasons[0].Sources.Should().ContainSingle().Which.Should().Be(new ExplanationSource("H-PKG@dc75785", "https://help.portone.io/content/package"));

        card.For(PaymentProvider.KgInicis)!.Standing.Should().Be(ProviderStanding.Planned);
        var nice = card.For(PaymentProvider.NicePayments)!;
        nice.Standing.Should().Be(ProviderStanding.Named);
        nice.NamedBy.Should().Equal(new ProviderNaming(ApplicationPath.RecommendedPackage, "CardPayment.RecommendedPackage"));
        nice.Reasons.Should().ContainSingle().Which.Code.Should().Be(ExplanationReasonCode.PlanTieBreak);

        var kakaoPay = card.For(PaymentProvider.KakaoPay)!;
        kakaoPay.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.LacksCapability);
    }

    [Fact]
    public void HubEasyPay_ProvidersWithoutTheBrandOrVersion_SayWhich()
    {
        var requirements = new MerchantRequirements
        {
            EasyPay = new EasyPayRequirement { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.TossPay] },
            ApiVersion = PortOneApiVersion.V1,
        };
        var easyPay = RecommendationEngine.Create().Recommend(requirements, Explain with { CultureName = "en" }).Explanation!.For(PaymentService.EasyPay)!;

        var ksnet = easyPay.For(PaymentProvider.Ksnet)!;
        ksnet.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.LacksRequestedBrand);
        ksnet.Reasons[0].Text.Should().Be("PortOne's documentation does not list TossPay in KSNET's PG-partnered easy pay.");

        var eximbay = easyPay.For(PaymentProvider.Eximbay)!;
        eximbay.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.NotOnApiVersion);
        eximbay.Reasons[0].Text.Should().Be("PortOne's documentation lists PG-partnered easy pay at Eximbay on PortOne V2 only, so it is not offered on PortOne V1.");
    }

    [Fact]
    public void AgeRestriction_KgInicisCannotServeIt_AndNhnKcpIsNotInThePackage()
    {
        var requirements = new MerchantRequirements
        {
            IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.AgeRestriction),
            ExistingContracts = [PaymentProvider.KgInicis],
        };
        var identity = RecommendationEngine.Create().Recommend(requirements, Explain).Explanation!.For(PaymentService.IdentityVerification)!;

        identity.For(PaymentProvider.KgInicis)!.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.CannotServePurpose);
        identity.For(PaymentProvider.KgInicis)!.Reasons[0].Sources.Select(s => s.Key).Should().Equal("H-IDV");
        identity.For(PaymentProvider.NhnKcp)!.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.NotInPackage);
        identity.For(PaymentProvider.Danal)!.Standing.Should().Be(ProviderStanding.Planned);
    }

    [Fact]
    public void ExistingContract_ThePackagePgsAreLeftOutByThePlan_WithTheContractCounts()
    {
        var requirements = SeedShop with { ExistingContracts = [PaymentProvider.NhnKcp] };
        var engine = RecommendationEngine.Create(o => o.Edition = PackageEdition.July2025);
        var card = engine.Recommend(requirements, Explain).Explanation!.For(PaymentService.CardPayment)!;

        card.For(PaymentProvider.NhnKcp)!.Standing.Should().Be(ProviderStanding.Planned);
        var inicis = card.For(PaymentProvider.KgInicis)!;
        inicis.Standing.Should().Be(ProviderStanding.Named);
        inicis.Reasons.Should().ContainSingle().Which.Code.Should().Be(ExplanationReasonCode.PlanUsesExistingContract);
        inicis.Reasons[0].Text.Should().StartWith("계약 계획에서는 신용카드 일반결제를 이미 계약하신 NHN KCP에 추가해 신청합니다.");
        inicis.Reasons[0].Sources.Should().BeEmpty("the plan's choice is the library's own reasoning");
    }

    [Fact]
    public void CallerRule_AddsItsOwnReason_ToTheExplanation_OnlyWhenExplaining()
    {
        var engine = RecommendationEngine.Create(o => o.AddRules(typeof(NoGalaxiaPolicyRule)));

        var result = engine.Recommend(SeedShop, Explain);
        result.FiredRules.Should().Contain("Team.NoGalaxia");
        var galaxia = result.Explanation!.For(PaymentService.CardPayment)!.For(PaymentProvider.GalaxiaMoneyTree)!;
        var custom = galaxia.Reasons.Single(r => r.Code == ExplanationReasonCode.Custom);
        custom.Text.Should().Be("사내 정책상 쓰지 않는 결제대행사입니다.");
        custom.RuleName.Should().Be("Team.NoGalaxia");
        custom.Sources.Should().Equal(new ExplanationSource(null, "https://example.com/policy"));
        galaxia.Reasons.Should().Contain(r => r.Code == ExplanationReasonCode.NotInPackage, "built-in reasons stay");

        engine.Recommend(SeedShop).FiredRules.Should().NotContain("Team.NoGalaxia");
    }

    [Fact]
    public void CustomReason_RejectsASourceThatIsNotAWebAddress()
    {
        var act = () => ProviderReasonFact.Custom(PaymentService.CardPayment, PaymentProvider.Kpn, LocalizableText.Of("이유"), sourceUrl: "ftp://x");
        act.Should().Throw<System.ArgumentException>().WithMessage("*absolute http or https URL*ftp://x*");
    }
}

[Name("Team.NoGalaxia")]
[Description("Test rule: the team's policy gives a reason against Galaxia for card payments.")]
internal sealed class NoGalaxiaPolicyRule : Rule
{
    public override void Define()
    {
        ExplanationRequestFact request = null!;

        When()
            .Match(() => request, r => r.Services.Contains(PaymentService.CardPayment));
        Then()
            .Do(ctx => ctx.Insert(ProviderReasonFact.Custom(
                PaymentService.CardPayment,
                PaymentProvider.GalaxiaMoneyTree,
                LocalizableText.Of("사내 정책상 쓰지 않는 결제대행사입니다.", "Our policy does not use this PG."),
                isBlocking: true,
                sourceUrl: "https://example.com/policy")));
    }
}
