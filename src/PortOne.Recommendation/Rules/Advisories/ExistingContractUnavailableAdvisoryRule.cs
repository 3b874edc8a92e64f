using System.Collections.Generic;
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
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Context.ApiVersion != null && c.Context.HasExistingContracts && !Unavailable(c.Context, c.Needs).IsEmpty);
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Create(
                call.Context,
                AdvisoryCode.ExistingContractUnavailableOnApiVersion,
                null,
                Unavailable(call.Context, call.Needs).ToArray(),
                call.Context.ApiVersion!.Value)));
    }

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
