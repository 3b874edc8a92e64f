using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Names the requested easy-pay brands that the package does not carry.</summary>
[Name("Advisory.EasyPayBrandNotInPackage")]
[Description("When directly integrated easy pay names brands outside the package, the answer names them and says they need direct selection.")]
public sealed class EasyPayBrandNotInPackageRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EasyPayNeed need = null!;

        When()
            .Match(
                () => need,
                n => n.Integration == EasyPayIntegration.Direct && !n.Brands.Except(RecommendedPackage.EasyPayBrands).IsEmpty);
        Then()
            .Do(ctx => ctx.Insert(Decide(need)));
    }

    private static AdvisoryFact Decide(EasyPayNeed need) => new(
        AdvisoryCode.EasyPayBrandNotInPackage,
        PaymentService.EasyPay,
        LocalizableText.FromResource(
            TextKeys.AdvisoryEasyPayBrandNotInPackage,
            need.Brands.Except(RecommendedPackage.EasyPayBrands)));
}
