using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Requested easy-pay brands outside the package need direct selection.</summary>
[Name("EasyPay.OtherBrands.DirectSelection")]
[Description("Requested easy-pay brands that the package does not carry are applied for on the easy pay tab of direct selection, as a second easy pay entry; the answer names those brands and the easy-pay companies the catalog knows for them; a brand with no direct contract (Samsung Pay, Apple Pay; Payco on V2) is answered with the PGs that carry it, with an advisory.")]
internal sealed class EasyPayOtherBrandsRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.EasyPay != null
                && c.EasyPay.Integration == EasyPayIntegration.Direct
                && !c.EasyPay.Brands.Except(c.Context.PackageEasyPayBrands).IsEmpty);
        Then()
            .Do(ctx => Decide(ctx, call));
    }

    private static void Decide(IContext ctx, CallFact call)
    {
        var context = call.Context;
        var otherBrands = call.EasyPay!.Brands.Except(context.PackageEasyPayBrands);
        var providers = ProviderSet.Empty;
        var missing = EasyPayBrandSet.Empty;
        var throughPg = EasyPayBrandSet.Empty;
        foreach (var brand in otherBrands)
        {
            var route = context.Catalog.DirectEasyPayRoute(brand, context.ApiVersion);
            providers = providers.Union(route.Providers);
            missing = route.Providers.IsEmpty ? missing.Union(EasyPayBrandSet.Of(brand)) : missing;
            throughPg = route.ThroughPg && !route.Providers.IsEmpty ? throughPg.Union(EasyPayBrandSet.Of(brand)) : throughPg;
        }

        call.Emit(ctx, RecommendationFact.ViaDirectSelection(
            PaymentService.EasyPay,
            providers.ToArray(),
            LocalizableText.FromResource(TextKeys.ReasonEasyPayOtherBrandsDirect, otherBrands),
            ConsolePaths.EasyPayBrands(otherBrands)));
        call.Emit(ctx, new AdvisoryFact(
            AdvisoryCode.EasyPayBrandNotInPackage,
            PaymentService.EasyPay,
            LocalizableText.FromResource(TextKeys.AdvisoryEasyPayBrandNotInPackage, otherBrands)));
        if (!throughPg.IsEmpty)
        {
            call.Emit(ctx, SourcedAdvisory.Create(context, AdvisoryCode.EasyPayOnlyThroughPg, PaymentService.EasyPay, throughPg));
        }

        if (!missing.IsEmpty)
        {
            call.Emit(new NoCandidateFact(PaymentService.EasyPay, missing));
        }
    }
}
