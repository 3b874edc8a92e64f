using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Requested easy-pay brands that the package carries go through its easy pay item.</summary>
[Name("EasyPay.PackageBrands.RecommendedPackage")]
[Description("Of the requested easy-pay brands, those the package edition carries on the merchant's API version are applied for through the package's easy pay item.")]
public sealed class EasyPayPackageBrandsRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MerchantContextFact context = null!;
        EasyPayNeed need = null!;

        When()
            .Match(() => context)
            .Match(
                () => need,
                n => n.Integration == EasyPayIntegration.Direct && n.Brands.Overlaps(context.PackageEasyPayBrands));
        Then()
            .Do(ctx => ctx.Insert(Decide(need, context)));
    }

    private static RecommendationFact Decide(EasyPayNeed need, MerchantContextFact context)
    {
        var packageBrands = need.Brands.Intersect(context.PackageEasyPayBrands);
        return RecommendationFact.ViaPackage(
            PaymentService.EasyPay,
            PackageItem.EasyPay,
            context.PackageEasyPayProviders(packageBrands),
            LocalizableText.FromResource(TextKeys.ReasonEasyPayPackageRequestedBrands, packageBrands));
    }
}
