using System.Collections.Generic;

namespace PortOne.Recommendation.WebService;

/// <summary>A few example merchants (the console sample has a longer list with golden answers).</summary>
internal static class Scenarios
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new(
            "shop",
            "카드 결제와 본인인증이 필요한 온라인 쇼핑몰",
            "An online shop that takes cards and verifies identities",
            new MerchantRequirements
            {
                CardPayment = true,
                EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
                IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
            }),
        new(
            "subscription",
            "카드 정기결제로 구독을 파는 서비스",
            "A subscription service that charges cards repeatedly",
            new MerchantRequirements { CardPayment = true, RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api) }),
        new(
            "mobile-content",
            "휴대폰 소액결제 정기결제가 필요한 모바일 콘텐츠",
            "Mobile content paid by recurring mobile micropayments",
            new MerchantRequirements
            {
                MobileMicropayment = new MobileMicropaymentRequirement(Recurring: true),
                IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.AgeRestriction),
            }),
        new(
            "exporter",
            "해외카드와 PG 제휴(허브형) 간편결제가 필요한 수출 쇼핑몰",
            "An exporter that accepts cards issued abroad and PG-partnered (hub-type) easy pay",
            new MerchantRequirements
            {
                CardPayment = true,
                OverseasCards = true,
                EasyPay = new EasyPayRequirement { Integration = EasyPayIntegration.Hub },
            }),
        new(
            "global-subscription",
            "해외카드로 정기결제를 받는 해외 구독 서비스",
            "A subscription service that charges cards issued abroad repeatedly",
            new MerchantRequirements { OverseasCards = true, RecurringOverseasCards = true, ApiVersion = PortOneApiVersion.V2 }),
    ];
}

/// <summary>An example merchant.</summary>
internal sealed record Scenario(string Name, string TitleKo, string TitleEn, MerchantRequirements Requirements);
