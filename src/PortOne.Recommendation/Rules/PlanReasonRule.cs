using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider that an entry names but the plan does not use for the service gets the plan's reason.</summary>
[Name("Explain.PlanChoice")]
[Description("When a call explains, every provider that an entry names for a service but that the contract plan does not take the service from gets the plan's reason: the plan that would take the service from it needs more new contracts (an existing contract serves it), more contracts, or more providers outside the package, or it is a tie that the plan breaks by its order of preference.")]
[Tag(ProviderReasons.Tag)]
[Priority(ProviderReasons.PlanReasonPriority)]
internal sealed class PlanReasonRule : Rule
{
    public override void Define()
    {
        ExplanationRequestFact request = null!;
        ContractPlanFact plan = null!;
        IEnumerable<RecommendationFact> entries = null!;
        RequirementFact need = null!;
        ProviderFact provider = null!;

        When()
            .Match(() => request)
            .Match(() => plan)
            .Query(() => entries, q => q.Match<RecommendationFact>().Collect())
            .Match(() => need)
            .Match(() => provider, p => ProviderReasons.IsNamed(entries, need, p.Provider) && !ProviderReasons.IsPlanned(plan, need, p.Provider));
        Then()
            .Yield(ctx => ProviderReasons.PlanReason(plan, entries, need, provider.Provider));
    }
}
