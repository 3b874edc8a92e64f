using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>States Paymentwall's admission criteria, wherever an overseas-card entry names it.</summary>
[Name("Advisory.PaymentwallAdmissionCriteria")]
[Description("Whenever an overseas card entry names Paymentwall, the answer notes its admission criteria: a minimum monthly sales volume and a monthly fee.")]
internal sealed class PaymentwallAdmissionAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => PlanStage.AnyEntryNames(p, PaymentService.OverseasCardPayment, PaymentProvider.Paymentwall));
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.Create(plan.Context, AdvisoryCode.PaymentwallAdmissionCriteria, PaymentService.OverseasCardPayment)));
    }
}
