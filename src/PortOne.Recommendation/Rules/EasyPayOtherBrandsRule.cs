using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Requested easy-pay brands outside the package need direct selection.</summary>
[Name("EasyPay.OtherBrands.DirectSelection")]
[Description("Requested easy-pay brands that the package does not carry are applied for on the easy pay tab of direct selection, as a second easy pay entry; the answer names those brands, and the easy-pay companies the catalog knows for them.")]
internal sealed class EasyPayOtherBrandsRule : Rule
{
    public override void Define()
    {
        EasyPayNeed need = null!;

        When()
            .Match(() => need, n => n.Integration == EasyPayIntegration.Direct && !n.Brands.Except(n.Context.PackageEasyPayBrands).IsEmpty);
        Then()
            .Do(ctx => Decide(ctx, need));
    }

    private static void Decide(IContext ctx, EasyPayNeed need)
    {
        var context = need.Context;
        var otherBrands = need.Brands.Except(context.PackageEasyPayBrands);
        var providers = ProviderSet.Empty;
        var missing = EasyPayBrandSet.Empty;
        foreach (var brand in otherBrands)
        {
            var companies = context.Catalog.CandidateSet(ProviderCapability.DirectEasyPay, context.ApiVersion, EasyPayBrandSet.Of(brand));
            providers = providers.Union(companies);
            missing = companies.IsEmpty ? missing.Union(EasyPayBrandSet.Of(brand)) : missing;
        }

        ctx.Insert(RecommendationFact.ViaDirectSelection(
            PaymentService.EasyPay,
            providers.ToArray(),
            LocalizableText.FromResource(TextKeys.ReasonEasyPayOtherBrandsDirect, otherBrands),
            ConsolePaths.EasyPayBrands(otherBrands)));
        ctx.Insert(new AdvisoryFact(
            AdvisoryCode.EasyPayBrandNotInPackage,
            PaymentService.EasyPay,
            LocalizableText.FromResource(TextKeys.AdvisoryEasyPayBrandNotInPackage, otherBrands)));
        if (!missing.IsEmpty)
        {
            ctx.Insert(new NoCandidateFact(PaymentService.EasyPay, missing));
        }
    }
}
