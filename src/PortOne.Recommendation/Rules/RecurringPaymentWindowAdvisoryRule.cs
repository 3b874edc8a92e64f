using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that payment-window billing-key PGs are not shown in the package.</summary>
[Name("Advisory.RecurringPaymentWindowNeedsDirectSelection")]
[Description("When billing keys are to be issued through the payment window, the answer warns that such PGs do not appear in the package.")]
public sealed class RecurringPaymentWindowAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        RecurringCardNeed need = null!;

        When()
            .Match(() => need, n => n.Issuance == BillingKeyIssuance.PaymentWindow);
        Then()
            .Do(ctx => ctx.Insert(Decide()));
    }

    private static AdvisoryFact Decide() => new(
        AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection,
        PaymentService.RecurringCardPayment,
        LocalizableText.FromResource(TextKeys.AdvisoryRecurringPaymentWindowNeedsDirectSelection));
}
