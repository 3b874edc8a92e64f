using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that the plan's recurring-card PG finds brokerage platforms hard to onboard.</summary>
[Name("Advisory.BrokeragePlatformsHardToOnboard")]
[Description("When recurring card payments are requested and the contract plan takes them from a PG the catalog lists for it (NHN KCP), the answer notes that, per PortOne's list of PGs for non-authenticated payments, brokerage platforms are hard to onboard with it.")]
internal sealed class BrokeragePlatformsAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p =>
                p.Context.Requirements.RecurringCard != null
                && p.Context.AdvisoryConcerns(AdvisoryCode.BrokeragePlatformsHardToOnboard, p.ProviderFor(PaymentService.RecurringCardPayment)));
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.AboutProvider(
                plan.Context,
                AdvisoryCode.BrokeragePlatformsHardToOnboard,
                PaymentService.RecurringCardPayment,
                plan.ProviderFor(PaymentService.RecurringCardPayment)!.Value)));
    }
}
