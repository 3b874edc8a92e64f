using System;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Requested easy-pay brands outside the package need direct selection.</summary>
[Name("EasyPay.OtherBrands.DirectSelection")]
[Description("Requested easy-pay brands that the package does not carry are applied for on the easy pay tab of direct selection, as a second easy pay entry; the answer names those brands.")]
public sealed class EasyPayOtherBrandsRule : Rule
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
            .Do(ctx => ctx.Insert(Decide(need)))
            .Do(ctx => ctx.Insert(Advise(need)));
    }

    private static RecommendationFact Decide(EasyPayNeed need)
    {
        var otherBrands = need.Brands.Except(RecommendedPackage.EasyPayBrands);
        return RecommendationFact.ViaDirectSelection(
            PaymentService.EasyPay,
            Array.Empty<PaymentProvider>(),
            LocalizableText.FromResource(TextKeys.ReasonEasyPayOtherBrandsDirect, otherBrands),
            ConsolePaths.EasyPayBrands(otherBrands));
    }

    private static AdvisoryFact Advise(EasyPayNeed need) => new(
        AdvisoryCode.EasyPayBrandNotInPackage,
        PaymentService.EasyPay,
        LocalizableText.FromResource(
            TextKeys.AdvisoryEasyPayBrandNotInPackage,
            need.Brands.Except(RecommendedPackage.EasyPayBrands)));
}
