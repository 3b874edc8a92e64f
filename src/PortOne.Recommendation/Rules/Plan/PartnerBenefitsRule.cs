using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Grants the call's package edition's partner benefits when the plan signs a new contract through the
/// package.</summary>
[Name("Benefits.RecommendedPackage")]
[Description("When the contract plan signs at least one new contract through the recommended package, the partner benefits (제휴혜택) that the call's package edition lists apply; they are withdrawn when the plan no longer does.")]
internal sealed class PartnerBenefitsRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => p.SignsNewPackageContract);
        Then()
            .Do(ctx => Grant(ctx, plan));
    }

    private static void Grant(IContext ctx, ContractPlanFact plan)
    {
        // The edition's benefits, from the catalog through the call's context: no rule names a benefit of its own.
        foreach (var code in plan.Context.View.Edition.BenefitCodes)
        {
            plan.Call.Emit(ctx, code);
        }
    }
}
