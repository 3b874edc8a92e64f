using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that the plan's recurring-card PG issues billing keys through the API only after a prior
/// contract.</summary>
[Name("Advisory.ApiBillingKeyNeedsPriorContract")]
[Description("When recurring card payments issue billing keys through the API and the contract plan takes them from a PG whose V2 guide lists API billing keys under its prior contracts (KG Inicis, NHN KCP, KPN), the answer notes that the PG must have the feature applied for and contracted first; on V1, where no guide says so, it says nothing.")]
internal sealed class ApiBillingKeyPriorContractAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p =>
                p.Context.Requirements.RecurringCard == BillingKeyIssuance.Api
                && p.Context.AdvisoryConcerns(AdvisoryCode.ApiBillingKeyNeedsPriorContract, p.ProviderFor(PaymentService.RecurringCardPayment)));
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.AboutProvider(
                plan.Context,
                AdvisoryCode.ApiBillingKeyNeedsPriorContract,
                PaymentService.RecurringCardPayment,
                plan.ProviderFor(PaymentService.RecurringCardPayment)!.Value)));
    }
}
