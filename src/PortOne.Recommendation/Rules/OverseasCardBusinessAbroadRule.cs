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
        OverseasCardNeed need = null!;

        When()
            .Match(() => need, n => n.Context.BusinessRegisteredAbroad);
        Then()
            .Do(ctx => Decide(ctx, need));
    }

    private static void Decide(IContext ctx, OverseasCardNeed need)
    {
        var context = need.Context;
        var providers = context.Candidates(need.Recurring
            ? ProviderCapability.OverseasPgRecurringCardsBusinessAbroad
            : ProviderCapability.OverseasPgCardsBusinessAbroad);
        ctx.Insert(RecommendationFact.ViaDirectSelection(
            PaymentService.OverseasCardPayment,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonOverseasCardBusinessAbroadDirect),
            need.Recurring ? ConsolePaths.OverseasPgCardsRecurring : ConsolePaths.OverseasPgCards));
        ctx.Insert(SourcedAdvisory.Create(context, AdvisoryCode.OverseasCardsDomesticPgLimits, PaymentService.OverseasCardPayment));
        if (providers.Count == 0)
        {
            ctx.Insert(new NoCandidateFact(PaymentService.OverseasCardPayment, default));
        }
    }
}
