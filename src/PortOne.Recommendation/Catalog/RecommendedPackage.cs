using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Catalog;

/// <summary>
/// What PortOne's recommended package (추천패키지) offers, as its onboarding page of 2025-07-15 describes it. The one
/// place that names package providers; rules ask here instead of naming PGs themselves.
/// </summary>
internal static class RecommendedPackage
{
    /// <summary>The PGs recommended for one-time card payments (신용카드 일반결제).</summary>
    public static readonly IReadOnlyList<PaymentProvider> CardGeneralProviders =
        [PaymentProvider.KgInicis, PaymentProvider.NicePayments];

    /// <summary>The PGs for recurring card payments (신용카드 정기결제). The page names none; the product's design
    /// sends cards to the same PGs as one-time card payments.</summary>
    public static readonly IReadOnlyList<PaymentProvider> CardRecurringProviders = CardGeneralProviders;

    /// <summary>The easy-pay brands of the package's easy pay item (간편결제), each with the company that runs it.</summary>
    private static readonly KeyValuePair<EasyPayBrand, PaymentProvider>[] EasyPayBrandProviders =
    [
        new(EasyPayBrand.KakaoPay, PaymentProvider.KakaoPay),
        new(EasyPayBrand.NaverPay, PaymentProvider.NaverPay),
    ];

    /// <summary>The easy-pay brands of the package's easy pay item (간편결제).</summary>
    public static readonly EasyPayBrandSet EasyPayBrands = EasyPayBrandSet.Of(EasyPayBrandProviders.Select(p => p.Key));

    /// <summary>The companies behind every easy-pay brand of the package.</summary>
    public static readonly IReadOnlyList<PaymentProvider> AllEasyPayProviders = EasyPayBrandProviders.Select(p => p.Value).ToArray();

    /// <summary>The providers for identity verification (본인인증).</summary>
    public static readonly IReadOnlyList<PaymentProvider> IdentityVerificationProviders = [PaymentProvider.Danal];

    /// <summary>The providers that run the given brands, for the brands that are in the package.</summary>
    public static IReadOnlyList<PaymentProvider> EasyPayProviders(EasyPayBrandSet brands) =>
        EasyPayBrandProviders.Where(p => brands.Contains(p.Key)).Select(p => p.Value).ToArray();
}
