using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider that takes the service by another route than the answer's is not named.</summary>
[Name("Explain.OtherRoute")]
[Description("When a call explains, every provider that no entry names and that takes the service by another route than the one the answer takes (an overseas PG, for cards issued abroad that the answer takes through domestic PGs' overseas-card service) gets that reason, citing the pages of its route.")]
[Tag(ProviderReasons.Tag)]
internal sealed class OtherRouteReasonRule() : BlockingReasonRule(ExplanationReasonCode.OtherRoute)
{
    protected override ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider) =>
        ProviderReasons.OtherRouteReason(need, provider);
}
