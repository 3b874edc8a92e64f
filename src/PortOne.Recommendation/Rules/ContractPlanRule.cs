using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Works out the fewest contracts that cover every need.</summary>
[Name("ContractPlan.FewestContracts")]
[Description("Once every need has its providers, the contract plan picks the set of providers that covers all needs with the fewest new contracts (then the fewest overall, then the most package providers), and lists the services and add-ons of each.")]
[Priority(-10)]
public sealed class ContractPlanRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MerchantContextFact context = null!;
        IEnumerable<CoverageFact> coverage = null!;

        When()
            .Match(() => context)
            .Query(() => coverage, q => q.Match<CoverageFact>().Collect().Where(c => c.Any()));
        Then()
            .Do(ctx => ctx.Insert(Decide(context, coverage)));
    }

    private static ContractPlanFact Decide(MerchantContextFact context, IEnumerable<CoverageFact> coverage) =>
        new(ContractPlanner.Plan(coverage.ToArray(), context, ProviderCatalog.Default.AddOns));
}
