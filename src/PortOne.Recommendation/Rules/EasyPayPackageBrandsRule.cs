using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Requested easy-pay brands that the package carries go through its easy pay item.</summary>
[Name("EasyPay.PackageBrands.RecommendedPackage")]
[Description("Of the requested easy-pay brands, those in the package (KakaoPay, NaverPay) are applied for through the package's easy pay item.")]
public sealed class EasyPayPackageBrandsRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EasyPayNeed need = null!;

        When()
            .Match(
                () => need,
                n => n.Integration == EasyPayIntegration.Direct && n.Brands.Overlaps(RecommendedPackage.EasyPayBrands));
        Then()
            .Do(ctx => ctx.Insert(Decide(need)));
    }

    private static RecommendationFact Decide(EasyPayNeed need)
    {
        var packageBrands = need.Brands.Intersect(RecommendedPackage.EasyPayBrands);
        return RecommendationFact.ViaPackage(
            PaymentService.EasyPay,
            PackageItem.EasyPay,
            RecommendedPackage.EasyPayProviders(packageBrands),
            LocalizableText.FromResource(TextKeys.ReasonEasyPayPackageRequestedBrands, packageBrands));
    }
}
