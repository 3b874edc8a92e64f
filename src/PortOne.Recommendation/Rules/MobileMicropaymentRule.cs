using System;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>One-off mobile micropayments need direct selection.</summary>
[Name("MobileMicropayment.DirectSelection")]
[Description("Mobile micropayment (휴대폰 소액결제) is not in the package, so it is applied for under mobile payment in direct selection.")]
public sealed class MobileMicropaymentRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MobileMicropaymentNeed need = null!;

        When()
            .Match(() => need, n => !n.Recurring);
        Then()
            .Do(ctx => ctx.Insert(Decide()));
    }

    private static RecommendationFact Decide() => RecommendationFact.ViaDirectSelection(
        PaymentService.MobileMicropayment,
        Array.Empty<PaymentProvider>(),
        LocalizableText.FromResource(TextKeys.ReasonMobileMicropaymentDirect),
        ConsolePaths.MobileMicropayment);
}
