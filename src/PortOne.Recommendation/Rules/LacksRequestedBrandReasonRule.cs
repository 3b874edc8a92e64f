using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>An easy-pay provider without the requested brands is not named.</summary>
[Name("Explain.LacksRequestedBrand")]
[Description("When a call explains, every easy-pay provider that no entry names and that lacks the requested brands (hub-type easy pay: a brand it does not carry; direct easy pay: the company of none of them) gets that reason, with the brands, citing the capability's pages.")]
[Tag(ProviderReasons.Tag)]
internal sealed class LacksRequestedBrandReasonRule : Rule
{
    public override void Define()
    {
        ExplanationRequestFact request = null!;
        RequirementFact need = null!;
        ProviderFact provider = null!;

        When()
            .Match(() => request)
            .Match(() => need)
            .Match(() => provider, p => ProviderReasons.Holds(request, need, p.Provider, ExplanationReasonCode.LacksRequestedBrand))
            .Not<RecommendationFact>(e => e.Service == NeedCoverage.ServiceOf(need) && e.Providers.Contains(provider.Provider));
        Then()
            .Yield(ctx => ProviderReasons.LacksRequestedBrandReason(need, provider.Provider));
    }
}
