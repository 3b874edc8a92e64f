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
        CallFact call = null!;

        When()
            .Match(() => call, c => c.OverseasCards != null && !c.OverseasCards.Recurring && !c.Context.BusinessRegisteredAbroad);
        Then()
            .Do(ctx => Decide(ctx, call));
    }

    private static void Decide(IContext ctx, CallFact call)
    {
        DirectSelectionRoute.Decide(
            ctx,
            call,
            PaymentService.OverseasCardPayment,
            ProviderCapability.OverseasCards,
            TextKeys.ReasonOverseasCardDirect,
            ConsolePaths.OverseasCards);
        call.Emit(ctx, SourcedAdvisory.Plain(AdvisoryCode.OverseasCardServiceNeedsSeparateContract, PaymentService.OverseasCardPayment));
        call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.OverseasCardsDomesticPgLimits, PaymentService.OverseasCardPayment));
    }
}
