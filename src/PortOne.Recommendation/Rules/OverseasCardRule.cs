using System;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Overseas cards need direct selection of a PG with overseas support.</summary>
[Name("OverseasCard.DirectSelection")]
[Description("Cards issued abroad are applied for in direct selection under general payment, with a PG that supports overseas payment, as one-time card payment; the answer notes that the overseas card service needs its own request and contract.")]
public sealed class OverseasCardRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When()
            .Match(() => need);
        Then()
            .Do(ctx => ctx.Insert(Decide()))
            .Do(ctx => ctx.Insert(Advise()));
    }

    private static RecommendationFact Decide() => RecommendationFact.ViaDirectSelection(
        PaymentService.OverseasCardPayment,
        Array.Empty<PaymentProvider>(),
        LocalizableText.FromResource(TextKeys.ReasonOverseasCardDirect),
        ConsolePaths.OverseasCards);

    private static AdvisoryFact Advise() => new(
        AdvisoryCode.OverseasCardServiceNeedsSeparateContract,
        PaymentService.OverseasCardPayment,
        LocalizableText.FromResource(TextKeys.AdvisoryOverseasCardServiceNeedsSeparateContract));
}
