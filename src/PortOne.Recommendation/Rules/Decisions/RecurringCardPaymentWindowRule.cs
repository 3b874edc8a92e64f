using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Billing keys issued in the payment window need direct selection.</summary>
[Name("RecurringCard.PaymentWindow.DirectSelection")]
[Description("PGs that issue recurring-card billing keys through their payment window (결제창 방식) are not in the package, so the merchant selects one directly; the answer names the PGs the catalog knows for it and warns about it.")]
internal sealed class RecurringCardPaymentWindowRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Requirements.RecurringCard == BillingKeyIssuance.PaymentWindow);
        Then()
            .Do(ctx => Decide(ctx, call));
    }

    private static void Decide(IContext ctx, CallFact call)
    {
        DirectSelectionRoute.Decide(
            ctx,
            call,
            PaymentService.RecurringCardPayment,
            ProviderCapability.RecurringCardPaymentWindow,
            TextKeys.ReasonRecurringCardPaymentWindowDirect,
            ConsolePaths.RecurringCardPaymentWindow);
        call.Emit(ctx, SourcedAdvisory.Plain(AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection, PaymentService.RecurringCardPayment));
    }
}
