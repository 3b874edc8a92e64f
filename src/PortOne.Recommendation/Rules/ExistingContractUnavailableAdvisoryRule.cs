using System.Collections.Generic;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Names the existing contracts that cannot serve the requested services on the chosen API version.</summary>
[Name("Advisory.ExistingContractUnavailableOnApiVersion")]
[Description("When the merchant names a PortOne API version, an existing contract that would serve a requested service on the other version but serves none on this one is named, since the contract plan cannot use it.")]
internal sealed class ExistingContractUnavailableAdvisoryRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;
        IEnumerable<RequirementFact> needs = null!;

        When()
            .Match(() => context, c => c.ApiVersion != null && c.HasExistingContracts)
            .Query(() => needs, q => q.Match<RequirementFact>(n => n.Context == context).Collect().Where(c => !Unavailable(context, c).IsEmpty));
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(
                context,
                AdvisoryCode.ExistingContractUnavailableOnApiVersion,
                null,
                Unavailable(context, needs).ToArray(),
                context.ApiVersion!.Value)));
    }

    /// <summary>Existing contracts that serve some need on either API version but none on the chosen one.</summary>
    internal static ProviderSet Unavailable(MerchantContextFact context, IEnumerable<RequirementFact> needs)
    {
        var anyVersion = ProviderSet.Empty;
        var thisVersion = ProviderSet.Empty;
        foreach (var need in needs)
        {
            anyVersion = anyVersion.Union(NeedCoverage.Serving(need, null));
            thisVersion = thisVersion.Union(NeedCoverage.Serving(need, context.ApiVersion));
        }

        return anyVersion.Except(thisVersion).Intersect(context.Requirements.ExistingContracts);
    }
}
