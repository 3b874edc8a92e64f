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
        RecurringCardNeed need = null!;

        When()
            .Match(() => need, n => n.Issuance == BillingKeyIssuance.PaymentWindow);
        Then()
            .Do(ctx => Decide(ctx, need.Context));
    }

    private static void Decide(IContext ctx, MerchantContextFact context)
    {
        var providers = context.Candidates(ProviderCapability.RecurringCardPaymentWindow);
        ctx.Insert(RecommendationFact.ViaDirectSelection(
            PaymentService.RecurringCardPayment,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonRecurringCardPaymentWindowDirect),
            ConsolePaths.RecurringCardPaymentWindow));
        ctx.Insert(SourcedAdvisory.Plain(AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection, PaymentService.RecurringCardPayment));
        if (providers.Count == 0)
        {
            ctx.Insert(new NoCandidateFact(PaymentService.RecurringCardPayment, default));
        }
    }
}
