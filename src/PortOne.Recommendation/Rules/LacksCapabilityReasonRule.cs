using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider that lacks the service is not named.</summary>
[Name("Explain.LacksCapability")]
[Description("When a call explains, every provider that no entry names and that the provider catalog shows with no capability for the need (on any API version) gets the reason that it lacks the service, citing the provider's own pages.")]
[Tag(ProviderReasons.Tag)]
internal sealed class LacksCapabilityReasonRule : Rule
{
    public override void Define()
    {
        ExplanationRequestFact request = null!;
        RequirementFact need = null!;
        ProviderFact provider = null!;

        When()
            .Match(() => request)
            .Match(() => need)
            .Match(() => provider, p => ProviderReasons.Holds(request, need, p.Provider, ExplanationReasonCode.LacksCapability))
            .Not<RecommendationFact>(e => e.Service == NeedCoverage.ServiceOf(need) && e.Providers.Contains(provider.Provider));
        Then()
            .Yield(ctx => ProviderReasons.LacksCapabilityReason(need, provider.Provider));
    }
}
