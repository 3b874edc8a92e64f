using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Requested easy-pay brands outside the package need direct selection.</summary>
[Name("EasyPay.OtherBrands.DirectSelection")]
[Description("Requested easy-pay brands that the package does not carry are applied for on the easy pay tab of direct selection, as a second easy pay entry; the answer names those brands, and the easy-pay companies the catalog knows for them.")]
[Priority(-2)]
public sealed class EasyPayOtherBrandsRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MerchantContextFact context = null!;
        EasyPayNeed need = null!;
        IEnumerable<CoverageFact> coverage = null!;

        When()
            .Match(() => context)
            .Match(
                () => need,
                n => n.Integration == EasyPayIntegration.Direct && !n.Brands.Except(context.PackageEasyPayBrands).IsEmpty)
            .Query(() => coverage, q => q
                .Match<CoverageFact>(c =>
                    c.Need.Capability == ProviderCapability.DirectEasyPay && !context.PackageEasyPayBrands.ContainsAll(c.Need.Brands))
                .Collect());
        Then()
            .Do(ctx => ctx.Insert(Decide(need, context, coverage)))
            .Do(ctx => ctx.Insert(Advise(need, context)));
    }

    private static RecommendationFact Decide(EasyPayNeed need, MerchantContextFact context, IEnumerable<CoverageFact> coverage)
    {
        var otherBrands = need.Brands.Except(context.PackageEasyPayBrands);
        return RecommendationFact.ViaDirectSelection(
            PaymentService.EasyPay,
            coverage.SelectMany(c => c.Providers).ToArray(),
            LocalizableText.FromResource(TextKeys.ReasonEasyPayOtherBrandsDirect, otherBrands),
            ConsolePaths.EasyPayBrands(otherBrands));
    }

    private static AdvisoryFact Advise(EasyPayNeed need, MerchantContextFact context) => new(
        AdvisoryCode.EasyPayBrandNotInPackage,
        PaymentService.EasyPay,
        LocalizableText.FromResource(TextKeys.AdvisoryEasyPayBrandNotInPackage, need.Brands.Except(context.PackageEasyPayBrands)));
}
