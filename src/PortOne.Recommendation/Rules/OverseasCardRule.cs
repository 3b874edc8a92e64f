using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Overseas cards need direct selection of a PG with overseas support.</summary>
[Name("OverseasCard.DirectSelection")]
[Description("Cards issued abroad are applied for in direct selection under general payment, with a PG that supports overseas payment, as one-time card payment; the answer names the domestic PGs the catalog knows for it, notes that the overseas card service needs its own request and contract, and that it is for businesses registered in Korea and excludes recurring payments.")]
[Priority(-6)]
public sealed class OverseasCardRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OverseasCardNeed need = null!;
        CoverageFact coverage = null!;

        When()
            .Match(() => need)
            .Match(() => coverage, c => c.Need.Capability == ProviderCapability.OverseasCards);
        Then()
            .Do(ctx => ctx.Insert(Decide(coverage)))
            .Do(ctx => ctx.Insert(Advise()))
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(AdvisoryCode.OverseasCardsDomesticPgLimits, PaymentService.OverseasCardPayment)));
    }

    private static RecommendationFact Decide(CoverageFact coverage) => RecommendationFact.ViaDirectSelection(
        PaymentService.OverseasCardPayment,
        coverage.Providers,
        LocalizableText.FromResource(TextKeys.ReasonOverseasCardDirect),
        ConsolePaths.OverseasCards);

    private static AdvisoryFact Advise() => new(
        AdvisoryCode.OverseasCardServiceNeedsSeparateContract,
        PaymentService.OverseasCardPayment,
        LocalizableText.FromResource(TextKeys.AdvisoryOverseasCardServiceNeedsSeparateContract));
}
