namespace PortOne.Recommendation.CustomRules.Tests.Support;

/// <summary>The merchants the tests ask about.</summary>
internal static class Shops
{
    /// <summary>The shop of both samples: one-time and recurring cards, KakaoPay and NaverPay, identity verification.</summary>
    public static MerchantRequirements Subscription { get; } = new()
    {
        CardPayment = true,
        RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
        EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
        IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
    };

    /// <summary>One-time cards only.</summary>
    public static MerchantRequirements CardsOnly { get; } = new() { CardPayment = true };
}
