using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Requested easy-pay brands that the package carries go through its easy pay item.</summary>
[Name("EasyPay.PackageBrands.RecommendedPackage")]
[Description("Of the requested easy-pay brands, those the package edition carries on the merchant's API version are applied for through the package's easy pay item.")]
internal sealed class EasyPayPackageBrandsRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.EasyPay != null
                && c.EasyPay.Integration == EasyPayIntegration.Direct
                && c.EasyPay.Brands.Overlaps(c.Context.PackageEasyPayBrands));
        Then()
            .Do(ctx => call.Emit(ctx, Decide(call.EasyPay!)));
    }

    private static RecommendationFact Decide(EasyPayNeed need)
    {
        var packageBrands = need.Brands.Intersect(need.Context.PackageEasyPayBrands);
        return RecommendationFact.ViaPackage(
            PaymentService.EasyPay,
            PackageItem.EasyPay,
            need.Context.View.EasyPayProviders(packageBrands),
            LocalizableText.FromResource(TextKeys.ReasonEasyPayPackageRequestedBrands, packageBrands));
    }
}
