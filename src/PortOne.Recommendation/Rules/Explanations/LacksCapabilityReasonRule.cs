using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider that lacks the service is not named.</summary>
[Name("Explain.LacksCapability")]
[Description("When a call explains, every provider that no entry names and that the provider catalog shows with no capability for the need (on any API version) gets the reason that it lacks the service, citing the provider's own pages.")]
[Tag(ProviderReasons.Tag)]
internal sealed class LacksCapabilityReasonRule() : BlockingReasonRule(ExplanationReasonCode.LacksCapability)
{
    protected override ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider) =>
        ProviderReasons.LacksCapabilityReason(need, provider);
}
