using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Recurring payments with cards issued abroad, for a business registered in Korea: direct selection of an
/// overseas PG that supports them.</summary>
[Name("OverseasCard.Recurring.OverseasPg.DirectSelection")]
[Description("Recurring payments with cards issued abroad (해외결제 정기결제) are not available through a domestic PG's overseas card service, so a business registered in Korea applies for them under overseas payment (해외결제) in direct selection, with an overseas PG that supports them; the answer names the overseas PGs the catalog knows for it on the merchant's API version and notes the domestic PGs' limits.")]
internal sealed class OverseasCardRecurringRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When()
            .Match(() => need, n => n.Recurring && !n.Context.BusinessRegisteredAbroad);
        Then()
            .Do(ctx => Decide(ctx, need.Context));
    }

    private static void Decide(IContext ctx, MerchantContextFact context)
    {
        var providers = context.Candidates(ProviderCapability.OverseasPgRecurringCards);
        ctx.Insert(RecommendationFact.ViaDirectSelection(
            PaymentService.OverseasCardPayment,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonOverseasCardRecurringOverseasPgDirect),
            ConsolePaths.RecurringOverseasPgCards));
        ctx.Insert(SourcedAdvisory.Create(context, AdvisoryCode.OverseasCardsDomesticPgLimits, PaymentService.OverseasCardPayment));
        if (providers.Count == 0)
        {
            ctx.Insert(new NoCandidateFact(PaymentService.OverseasCardPayment, default));
        }
    }
}
