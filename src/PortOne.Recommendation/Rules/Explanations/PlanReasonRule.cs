using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider that an entry names but the plan does not use for the service gets the plan's reason.</summary>
[Name("Explain.PlanChoice")]
[Description("When a call explains, every provider that an entry names for a service but that the contract plan does not take the service from gets the plan's reason: the plan that would take the service from it needs more new contracts (an existing contract serves it), more contracts, or more providers outside the package, or it is a tie that the plan breaks by its order of preference.")]
[Tag(ProviderReasons.Tag)]
internal sealed class PlanReasonRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => p.Call.Explanation != null);
        Then()
            .Do(ctx => Explain(ctx, plan));
    }

    /// <summary>The plan's reason for every requested need and every provider an entry names that the plan does not
    /// take the need's service from.</summary>
    private static void Explain(IContext ctx, ContractPlanFact plan)
    {
        var call = plan.Call;
        foreach (var need in call.Needs)
        {
            foreach (var provider in EnumValues<PaymentProvider>.All)
            {
                if (ProviderReasons.IsNamed(plan.Entries, need, provider) && !ProviderReasons.IsPlanned(plan, need, provider))
                {
                    call.Emit(ctx, ProviderReasons.PlanReason(plan, plan.Entries, need, provider));
                }
            }
        }
    }
}
