using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that PayPal serves buyers abroad only, wherever an overseas-card entry names it.</summary>
[Name("Advisory.PayPalForeignBuyersOnly")]
[Description("Whenever an overseas card entry names PayPal, the answer notes that PayPal payments fail when seller and buyer are both in Korea, so a business registered in Korea can use it, recurring payments included, for buyers abroad only.")]
internal sealed class PayPalForeignBuyersAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => PlanStage.AnyEntryNames(p, PaymentService.OverseasCardPayment, PaymentProvider.PayPal));
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.Create(plan.Context, AdvisoryCode.PayPalForeignBuyersOnly, PaymentService.OverseasCardPayment)));
    }
}
