using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Cards issued abroad for a business registered outside Korea: only overseas PGs could serve, and no source
/// confirms one.</summary>
[Name("OverseasCard.BusinessAbroad.DirectSelection")]
[Description("A business registered outside Korea cannot use a domestic PG's overseas card service, so cards issued abroad (one-time or recurring) go to overseas payment (해외결제) in direct selection; the answer names the providers the catalog confirms for a business registered abroad (today none), says to ask PortOne's support team first, and notes the domestic PGs' limits.")]
internal sealed class OverseasCardBusinessAbroadRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.OverseasCards != null && c.Context.BusinessRegisteredAbroad);
        Then()
            .Do(ctx => Decide(ctx, call));
    }

    private static void Decide(IContext ctx, CallFact call)
    {
        var recurring = call.OverseasCards!.Recurring;
        DirectSelectionRoute.Decide(
            ctx,
            call,
            PaymentService.OverseasCardPayment,
            recurring ? ProviderCapability.OverseasPgRecurringCardsBusinessAbroad : ProviderCapability.OverseasPgCardsBusinessAbroad,
            TextKeys.ReasonOverseasCardBusinessAbroadDirect,
            recurring ? ConsolePaths.OverseasPgCardsRecurring : ConsolePaths.OverseasPgCards);
        call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.OverseasCardsDomesticPgLimits, PaymentService.OverseasCardPayment));
    }
}
