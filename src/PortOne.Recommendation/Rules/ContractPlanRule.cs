using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation.Rules;

/// <summary>Works out the contract plan from the final entries.</summary>
[Name("ContractPlan.FromEntries")]
[Description("Once the entries are decided, the contract plan picks, among the providers the entries name for each service, the set that covers every service with the fewest new contracts (then the fewest overall, then the most package providers), and lists the services, the way each is applied for and the add-ons of each contract. Entries changed later (by a rule of lower priority) change the plan.")]
[Priority(ContractPlanRule.PlanPriority)]
internal sealed class ContractPlanRule : Rule
{
    /// <summary>The plan's priority: below every built-in rule that makes entries (priority 0), so that it works from
    /// the final entries; a rule of yours with a lower priority that changes entries makes it work the plan out again.</summary>
    public const int PlanPriority = -100;

    public override void Define()
    {
        MerchantContextFact context = null!;
        IEnumerable<RecommendationFact> entries = null!;

        When()
            .Match(() => context)
            .Query(() => entries, q => q.Match<RecommendationFact>().Collect().Where(c => c.Any()));
        Then()
            .Yield(ctx => new ContractPlanFact(ContractPlanner.Plan(entries.ToArray(), context), context));
    }
}
