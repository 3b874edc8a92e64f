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
        CallFact call = null!;

        When()
            .Match(() => call, c => c.OverseasCards != null && c.OverseasCards.Recurring && !c.Context.BusinessRegisteredAbroad);
        Then()
            .Do(ctx => Decide(ctx, call));
    }

    private static void Decide(IContext ctx, CallFact call)
    {
        DirectSelectionRoute.Decide(
            ctx,
            call,
            PaymentService.OverseasCardPayment,
            ProviderCapability.OverseasPgRecurringCards,
            TextKeys.ReasonOverseasCardRecurringOverseasPgDirect,
            ConsolePaths.RecurringOverseasPgCards);
        call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.OverseasCardsDomesticPgLimits, PaymentService.OverseasCardPayment));
    }
}
