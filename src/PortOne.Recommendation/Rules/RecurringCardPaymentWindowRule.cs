using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Billing keys issued in the payment window need direct selection.</summary>
[Name("RecurringCard.PaymentWindow.DirectSelection")]
[Description("PGs that issue recurring-card billing keys through their payment window (결제창 방식) are not in the package, so the merchant selects one directly; the answer warns about it.")]
[Priority(-1)]
public sealed class RecurringCardPaymentWindowRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        RecurringCardNeed need = null!;
        CoverageFact coverage = null!;

        When()
            .Match(() => need, n => n.Issuance == BillingKeyIssuance.PaymentWindow)
            .Match(() => coverage, c => c.Need.Capability == ProviderCapability.RecurringCardPaymentWindow);
        Then()
            .Do(ctx => ctx.Insert(Decide(coverage)))
            .Do(ctx => ctx.Insert(Advise()));
    }

    private static RecommendationFact Decide(CoverageFact coverage) => RecommendationFact.ViaDirectSelection(
        PaymentService.RecurringCardPayment,
        coverage.Providers,
        LocalizableText.FromResource(TextKeys.ReasonRecurringCardPaymentWindowDirect),
        ConsolePaths.RecurringCardPaymentWindow);

    private static AdvisoryFact Advise() => new(
        AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection,
        PaymentService.RecurringCardPayment,
        LocalizableText.FromResource(TextKeys.AdvisoryRecurringPaymentWindowNeedsDirectSelection));
}
