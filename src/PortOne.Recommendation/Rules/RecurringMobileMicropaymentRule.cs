using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Recurring mobile micropayments need direct selection of a PG that supports them.</summary>
[Name("MobileMicropayment.Recurring.DirectSelection")]
[Description("Recurring mobile micropayment (휴대폰 소액결제 정기결제) is applied for under mobile payment in direct selection, with a PG that supports recurring charges.")]
[Priority(-5)]
public sealed class RecurringMobileMicropaymentRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MobileMicropaymentNeed need = null!;
        CoverageFact coverage = null!;

        When()
            .Match(() => need, n => n.Recurring)
            .Match(() => coverage, c => c.Need.Capability == ProviderCapability.RecurringMobileMicropayment);
        Then()
            .Do(ctx => ctx.Insert(Decide(coverage)));
    }

    private static RecommendationFact Decide(CoverageFact coverage) => RecommendationFact.ViaDirectSelection(
        PaymentService.MobileMicropaymentRecurring,
        coverage.Providers,
        LocalizableText.FromResource(TextKeys.ReasonMobileMicropaymentRecurringDirect),
        ConsolePaths.RecurringMobileMicropayment);
}
