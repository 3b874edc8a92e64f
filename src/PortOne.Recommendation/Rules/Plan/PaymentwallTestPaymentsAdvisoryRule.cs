using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that the plan's overseas PG charges real cards in test mode (and, with recurring payments, makes a
/// first payment that cannot be cancelled).</summary>
[Name("Advisory.PaymentwallTestPaymentsAreReal")]
[Description("When cards issued abroad are requested and the contract plan takes them from a PG the catalog lists for it (Paymentwall), the answer notes that its test mode charges real cards, so test payments must be cancelled by hand; when recurring payments are asked too, it adds that the first payment is made when the billing key is issued and cannot be cancelled.")]
internal sealed class PaymentwallTestPaymentsAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p =>
                p.Context.Requirements.OverseasCards
                && p.Context.AdvisoryConcerns(AdvisoryCode.PaymentwallTestPaymentsAreReal, p.ProviderFor(PaymentService.OverseasCardPayment)));
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.AboutProvider(
                plan.Context,
                AdvisoryCode.PaymentwallTestPaymentsAreReal,
                PaymentService.OverseasCardPayment,
                plan.ProviderFor(PaymentService.OverseasCardPayment)!.Value,
                TextKey(plan.Context.Requirements.RecurringOverseasCards))));
    }

    /// <summary>With recurring payments asked, the text adds the first payment made with the billing key.</summary>
    internal static string? TextKey(bool recurring) =>
        recurring ? TextKeys.AdvisoryPaymentwallTestPaymentsAreRealRecurring : null;
}
