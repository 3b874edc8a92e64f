using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Easy pay with no brand preference gets the package's easy-pay companies.</summary>
[Name("EasyPay.AnyBrand.RecommendedPackage")]
[Description("Directly integrated easy pay with no brand preference is applied for through the package's easy pay item (간편결제) with the package's easy-pay companies.")]
internal sealed class EasyPayAnyBrandRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.EasyPay != null && c.EasyPay.Integration == EasyPayIntegration.Direct && c.EasyPay.Brands.IsEmpty);
        Then()
            .Do(ctx => call.Emit(ctx, Decide(call.Context)));
    }

    private static RecommendationFact Decide(MerchantContextFact context)
    {
        var providers = context.PackageProviders(PackageItem.EasyPay);
        return RecommendationFact.ViaPackage(
            PaymentService.EasyPay,
            PackageItem.EasyPay,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonEasyPayPackageAnyBrand, providers));
    }
}
