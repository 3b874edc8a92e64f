using System.Globalization;
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
    public void SeedShop_WhyNotNhnKcpForCards_NotInTheMay2025Package()
    {
        var engine = RecommendationEngine.Create(o => o.Edition = PackageEdition.May2025);
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
        var easyPay = RecommendationEngine.Create().Recommend(requirements, Explain with { Culture = CultureInfo.GetCultureInfo("en") }).Explanation!.For(PaymentService.EasyPay)!;

        var ksnet = easyPay.For(PaymentProvider.Ksnet)!;
        ksnet.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.LacksRequestedBrand);
        ksnet.Reasons[0].Text.Should().Be("PortOne's documentation does not list TossPay in KSNET's PG-partnered easy pay.");

        var eximbay = easyPay.For(PaymentProvider.Eximbay)!;
        eximbay.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.NotOnApiVersion);
        eximbay.Reasons[0].Text.Should().Be("PortOne's documentation lists PG-partnered easy pay at Eximbay on PortOne V2 only; ask PortOne's support team whether it is available on PortOne V1.");
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
        var engine = RecommendationEngine.Create(o => o.Edition = PackageEdition.May2025);
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

    [Fact]
    public void CompareEditions_AContractThatGoes_IsOneChange_WithoutItsAddOns()
    {
        var shop = SeedShop with { RecurringCard = new RecurringCardRequirement() };
        var engine = RecommendationEngine.Create();
        var changes = engine.CompareEditions(shop, PackageEdition.May2025, EditionChoice.Latest, new RecommendationContext()).Changes;

        changes.Should().Contain(c => c.Kind == RecommendationChangeKind.ContractRemoved && c.Provider == PaymentProvider.KgInicis);
        changes.Should().NotContain(c => c.Kind == RecommendationChangeKind.AddOnRemoved && c.Provider == PaymentProvider.KgInicis);
        changes.Select(c => c.Text).Should().Contain("없어지는 주의할 점: " + "포트원 V2 연동 가이드의 KG이니시스 안내에 따르면, API 방식으로 빌링키를 발급해 정기결제를 받으려면 먼저 KG이니시스에 신청해 계약을 마쳐야 합니다. 계약 전에 이용하면 결제 승인이 실패하거나 오류가 날 수 있습니다. (출처: https://developers.portone.io/opi/ko/integration/pg/v2/inicis-v2)");
    }

    [Fact]
    public void DirectEasyPay_APgIsNotAnEasyPayCompany_SaysSo()
    {
        var easyPay = RecommendationEngine.Create().Recommend(SeedShop, Explain).Explanation!.For(PaymentService.EasyPay)!;

        var inicis = easyPay.For(PaymentProvider.KgInicis)!;
        inicis.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.LacksCapability);
        inicis.Reasons[0].Text.Should().Be(
            "간편결제사 직접 계약은 카카오페이 같은 간편결제사와 맺는 계약이라 결제대행사인 KG이니시스에는 해당하지 않습니다. "
            + "결제대행사를 통한 간편결제는 ‘PG 제휴’(이전 표기 ‘허브형’) 방식으로 신청합니다.");
    }

    [Fact]
    public void HubEasyPay_AnEasyPayCompanyIsNotAPg_SaysSo_AndAPgWithoutItKeepsThePlainSentence()
    {
        var requirements = new MerchantRequirements { EasyPay = new EasyPayRequirement { Integration = EasyPayIntegration.Hub } };
        var easyPay = RecommendationEngine.Create().Recommend(requirements, Explain).Explanation!.For(PaymentService.EasyPay)!;

        var kakaoPay = easyPay.For(PaymentProvider.KakaoPay)!;
        kakaoPay.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.LacksCapability);
        kakaoPay.Reasons[0].Text.Should().Be(
            "PG 제휴 간편결제는 결제대행사를 통해 받는 간편결제라 간편결제사인 카카오페이에는 해당하지 않습니다. "
            + "간편결제사와는 직접 계약하는 방식으로 신청합니다.");

        var danal = easyPay.For(PaymentProvider.Danal)!;
        danal.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.LacksCapability);
        danal.Reasons[0].Text.Should().Be("포트원 문서에는 다날의 PG 제휴 간편결제가 나와 있지 않습니다.");
    }

    [Fact]
    public void CardPayment_AnEasyPayCompanyKeepsThePlainSentence()
    {
        var card = RecommendationEngine.Create().Recommend(SeedShop, Explain).Explanation!.For(PaymentService.CardPayment)!;

        card.For(PaymentProvider.KakaoPay)!.Reasons[0].Text.Should().Be("포트원 문서에는 카카오페이의 신용카드 일반결제가 나와 있지 않습니다.");
    }

    [Fact]
    public void VirtualAccount_NotInThePackage_SaysTheMethodGoesWithTheCardItem()
    {
        var requirements = new MerchantRequirements { VirtualAccount = true };
        var engine = RecommendationEngine.Create(o => o.Edition = PackageEdition.May2025);
        var account = engine.Recommend(requirements, Explain).Explanation!.For(PaymentService.VirtualAccount)!;

        var danal = account.For(PaymentProvider.Danal)!;
        danal.Reasons.Select(r => r.Code).Should().Equal(ExplanationReasonCode.NotInPackage);
        danal.Reasons[0].Text.Should().Be(
            "가상계좌는 추천패키지의 ‘신용카드 일반결제’ 신청에서 결제수단으로 함께 고르는데, "
            + "2025년 5월 추천패키지 안내 페이지의 ‘신용카드 일반결제’ 항목에는 다날이 나와 있지 않습니다.");
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
