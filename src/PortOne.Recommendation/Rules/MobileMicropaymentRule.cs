using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>One-off mobile micropayments need direct selection.</summary>
[Name("MobileMicropayment.DirectSelection")]
[Description("Mobile micropayment (휴대폰 소액결제) is not in the package, so it is applied for under mobile payment in direct selection.")]
[Priority(-4)]
public sealed class MobileMicropaymentRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MobileMicropaymentNeed need = null!;
        CoverageFact coverage = null!;

        When()
            .Match(() => need, n => !n.Recurring)
            .Match(() => coverage, c => c.Need.Capability == ProviderCapability.MobileMicropayment);
        Then()
            .Do(ctx => ctx.Insert(Decide(coverage)));
    }

    private static RecommendationFact Decide(CoverageFact coverage) => RecommendationFact.ViaDirectSelection(
        PaymentService.MobileMicropayment,
        coverage.Providers,
        LocalizableText.FromResource(TextKeys.ReasonMobileMicropaymentDirect),
        ConsolePaths.MobileMicropayment);
}
