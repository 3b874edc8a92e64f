using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider that offers the service on another API version only is not named.</summary>
[Name("Explain.NotOnApiVersion")]
[Description("When a call explains, every provider that no entry names and that offers the service only on another PortOne API version than the merchant's gets that reason, with the versions it has, citing the capability's pages.")]
[Tag(ProviderReasons.Tag)]
internal sealed class NotOnApiVersionReasonRule : Rule
{
    public override void Define()
    {
        ExplanationRequestFact request = null!;
        RequirementFact need = null!;
        ProviderFact provider = null!;

        When()
            .Match(() => request)
            .Match(() => need)
            .Match(() => provider, p => ProviderReasons.Holds(request, need, p.Provider, ExplanationReasonCode.NotOnApiVersion))
            .Not<RecommendationFact>(e => e.Service == NeedCoverage.ServiceOf(need) && e.Providers.Contains(provider.Provider));
        Then()
            .Yield(ctx => ProviderReasons.NotOnApiVersionReason(need, provider.Provider));
    }
}
