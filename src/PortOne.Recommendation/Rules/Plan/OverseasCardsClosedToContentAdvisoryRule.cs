using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that the plan's overseas-card PG does not take content businesses.</summary>
[Name("Advisory.OverseasCardsClosedToContent")]
[Description("When overseas cards are requested and the contract plan takes them from a PG the catalog lists for it (NHN KCP), the answer notes that this PG does not onboard businesses whose service is non-physical content for overseas card payments.")]
internal sealed class OverseasCardsClosedToContentAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p =>
                p.Context.Requirements.OverseasCards
                && p.Context.AdvisoryConcerns(AdvisoryCode.OverseasCardsClosedToContent, p.ProviderFor(PaymentService.OverseasCardPayment)));
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.AboutProvider(
                plan.Context,
                AdvisoryCode.OverseasCardsClosedToContent,
                PaymentService.OverseasCardPayment,
                plan.ProviderFor(PaymentService.OverseasCardPayment)!.Value)));
    }
}
