using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Overseas cards, one-time, for a business registered in Korea: direct selection of a domestic PG with
/// overseas support.</summary>
[Name("OverseasCard.DirectSelection")]
[Description("Cards issued abroad, charged one at a time by a business registered in Korea, are applied for in direct selection under general payment, with a PG that supports overseas payment, as one-time card payment; the answer names the domestic PGs the catalog knows for it, notes that the overseas card service needs its own request and contract, and that it is for businesses registered in Korea and excludes recurring payments.")]
internal sealed class OverseasCardRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When()
            .Match(() => need, n => !n.Recurring && !n.Context.BusinessRegisteredAbroad);
        Then()
            .Do(ctx => Decide(ctx, need.Context));
    }

    private static void Decide(IContext ctx, MerchantContextFact context)
    {
        var providers = context.Candidates(ProviderCapability.OverseasCards);
        ctx.Insert(RecommendationFact.ViaDirectSelection(
            PaymentService.OverseasCardPayment,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonOverseasCardDirect),
            ConsolePaths.OverseasCards));
        ctx.Insert(SourcedAdvisory.Plain(AdvisoryCode.OverseasCardServiceNeedsSeparateContract, PaymentService.OverseasCardPayment));
        ctx.Insert(SourcedAdvisory.Create(context, AdvisoryCode.OverseasCardsDomesticPgLimits, PaymentService.OverseasCardPayment));
        if (providers.Count == 0)
        {
            ctx.Insert(new NoCandidateFact(PaymentService.OverseasCardPayment, default));
        }
    }
}
