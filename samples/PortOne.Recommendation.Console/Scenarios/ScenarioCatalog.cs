using System;
using System.Collections.Generic;
using System.Linq;

namespace PortOne.Recommendation.ConsoleSample.Scenarios;

/// <summary>
/// The built-in scenarios. Together they reach every row of the decision table of docs/decisions.md, so every built-in rule
/// fires in at least one of them (a test checks this, running each scenario on its own package edition).
/// </summary>
internal static class ScenarioCatalog
{
    /// <summary>The scenario run when no other input is named: a subscription shop.</summary>
    public static Scenario Default { get; } = new(
        "subscription-shop",
        new("구독 서비스 쇼핑몰", "Subscription shop"),
        new(
            "일회성 카드 결제와 카드 정기결제, 카카오페이·네이버페이를 받고 회원가입 때 본인인증을 하는 쇼핑몰입니다.",
            "A shop that takes one-time and recurring card payments, KakaoPay and NaverPay, and verifies identities at sign-up."),
        new MerchantRequirements
        {
            CardPayment = true,
            RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
            EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
            IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
        });

    /// <summary>Every built-in scenario, the default first.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        Default,
        new(
            "plain-shop",
            new("일반 쇼핑몰", "Plain online shop"),
            new(
                "카드, 실시간 계좌이체, 가상계좌로 건별 결제를 받고, 간편결제는 어느 회사든 상관없는 쇼핑몰입니다.",
                "A shop with one-off payments by card, bank transfer and virtual account, and easy pay with no brand preference."),
            new MerchantRequirements
            {
                CardPayment = true,
                BankTransfer = true,
                VirtualAccount = true,
                EasyPay = new EasyPayRequirement(),
            }),
        new(
            "marketplace",
            new("오픈마켓", "Marketplace"),
            new(
                "카드와 가상계좌, 유료 멤버십 정기결제에 더해 결제대행사를 통한 간편결제(PG 제휴, 이전 표기 ‘허브형’)를 쓰는 오픈마켓입니다.",
                "A marketplace that takes cards, virtual accounts and recurring membership fees, and offers easy pay through a PG (PG-partnered, hub-type)."),
            new MerchantRequirements
            {
                CardPayment = true,
                VirtualAccount = true,
                RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
                EasyPay = new EasyPayRequirement { Integration = EasyPayIntegration.Hub },
            }),
        new(
            "adult-content",
            new("성인 콘텐츠 사이트", "Adult-content site"),
            new(
                "카드로 결제받고 연령 제한 때문에 본인인증을 하는 성인 콘텐츠 사이트입니다.",
                "An adult-content site that takes cards and checks ages through identity verification."),
            new MerchantRequirements
            {
                CardPayment = true,
                IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.AgeRestriction),
            }),
        new(
            "mobile-content",
            new("모바일 콘텐츠 구독", "Mobile-content subscription"),
            new(
                "휴대폰 소액결제 정기결제로 매달 요금을 받고 카카오페이도 받는 모바일 콘텐츠 서비스입니다.",
                "A mobile-content service billed monthly by recurring mobile micropayment that also takes KakaoPay."),
            new MerchantRequirements
            {
                MobileMicropayment = new MobileMicropaymentRequirement(Recurring: true),
                EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay] },
            }),
        new(
            "game-items",
            new("게임 아이템 판매", "Game items"),
            new(
                "게임 아이템을 휴대폰 소액결제와 카드로 팔고 토스페이·페이코를 받는 게임사입니다.",
                "A game studio selling items by one-off mobile micropayment and card, and taking TossPay and PAYCO."),
            new MerchantRequirements
            {
                CardPayment = true,
                MobileMicropayment = new MobileMicropaymentRequirement(),
                EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.TossPay, EasyPayBrand.Payco] },
                Sells = [MerchantOffering.DigitalContent],
                Industry = MerchantIndustry.GameItems,
            }),
        new(
            "exporter",
            new("해외 판매 쇼핑몰", "Exporter"),
            new(
                "국내 카드와 함께 해외에서 발급된 카드로도 결제받는 쇼핑몰입니다.",
                "A shop that sells abroad and takes cards issued abroad as well as Korean cards."),
            new MerchantRequirements
            {
                CardPayment = true,
                OverseasCards = true,
            }),
        new(
            "global-subscription",
            new("해외 구독 서비스", "Global subscription"),
            new(
                "해외에서 발급된 카드로 구독료를 정기결제로 받는 국내 사업자의 서비스이며, 페이먼트월과 이미 계약했습니다.",
                "A service of a business registered in Korea that charges subscriptions to cards issued abroad and already has a Paymentwall contract."),
            new MerchantRequirements
            {
                OverseasCards = true,
                RecurringOverseasCards = true,
                ExistingContracts = [PaymentProvider.Paymentwall],
            }),
        new(
            "foreign-seller",
            new("해외 사업자의 쇼핑몰", "Seller registered abroad"),
            new(
                "해외에 등록된 사업자가 국내 카드와 해외에서 발급된 카드로 결제를 받으려는 쇼핑몰입니다.",
                "A shop of a business registered outside Korea that wants to take Korean cards and cards issued abroad."),
            new MerchantRequirements
            {
                CardPayment = true,
                OverseasCards = true,
                BusinessRegisteredAbroad = true,
            }),
        new(
            "saas-payment-window",
            new("결제창 방식 정기결제 SaaS", "SaaS billing through the payment window"),
            new(
                "고객이 결제창에서 카드를 등록하는 정기결제를 쓰고 네이버페이·삼성페이를 받는 SaaS입니다.",
                "A SaaS whose customers register their card in the payment window for recurring billing, with NaverPay and Samsung Pay."),
            new MerchantRequirements
            {
                CardPayment = true,
                RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.PaymentWindow),
                EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.NaverPay, EasyPayBrand.SamsungPay] },
            }),
        new(
            "platform-on-v2",
            new("포트원 V2로 연동하는 플랫폼", "Platform on PortOne V2"),
            new(
                "포트원 V2로 연동하고 NHN KCP와 이미 계약한 플랫폼이 카드 일반·정기결제, PG 제휴(허브형) 간편결제(카카오페이·네이버페이)와 해외카드 결제를 더하려 합니다.",
                "A platform on PortOne V2 with an NHN KCP contract that adds one-time and recurring cards, PG-partnered (hub-type) easy pay (KakaoPay, NaverPay) and cards issued abroad."),
            new MerchantRequirements
            {
                CardPayment = true,
                RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
                EasyPay = new EasyPayRequirement
                {
                    Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay],
                    Integration = EasyPayIntegration.Hub,
                },
                OverseasCards = true,
                ApiVersion = PortOneApiVersion.V2,
                ExistingContracts = [PaymentProvider.NhnKcp],
            }),
        new(
            "shop-on-v1",
            new("포트원 V1로 연동한 쇼핑몰", "Shop on PortOne V1"),
            new(
                "포트원 V1(옛 아임포트 API)로 연동한 쇼핑몰이 추천패키지로 카드 일반·정기결제, 실시간 계좌이체와 본인인증을 신청합니다. 다른 사이트용으로 맺은 KPN 계약과 KG파이낸셜 계약이 있습니다.",
                "A shop integrated through PortOne V1 (the former iamport API) that applies for one-time and recurring cards, bank transfer and identity verification through the package. It has a KPN contract and a KG Financial contract from other sites."),
            new MerchantRequirements
            {
                CardPayment = true,
                BankTransfer = true,
                RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
                IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
                ApiVersion = PortOneApiVersion.V1,
                ExistingContracts = [PaymentProvider.Kpn, PaymentProvider.KgFinancial],
            })
        {
            // KPN, a card PG of this edition, exists on V2 only: the answer leaves it out of the package entries and
            // the plan, and says so for both. KG Financial serves its cards, not its bank transfer (its contract page:
            // cards and mobile payments only), which an advisory says.
            Edition = PackageEdition.November2025,
        },
        new(
            "community",
            new("본인인증만 쓰는 커뮤니티", "Community with identity checks only"),
            new(
                "결제는 받지 않고 게시판 실명 확인에만 본인인증을 쓰는 커뮤니티입니다.",
                "A community that takes no payments and uses identity verification only to confirm real names on its boards."),
            new MerchantRequirements
            {
                IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.Other),
            }),
        new(
            "undecided",
            new("아직 정하지 않은 가맹점", "Undecided merchant"),
            new(
                "아직 필요한 결제수단을 고르지 않은 가맹점입니다.",
                "A merchant that has not chosen any payment method yet."),
            new MerchantRequirements()),
    ];

    /// <summary>The names, in catalog order.</summary>
    public static string[] Names { get; } = All.Select(s => s.Name).ToArray();

    public static Scenario Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"There is no built-in scenario named '{name}'.", nameof(name));
}
