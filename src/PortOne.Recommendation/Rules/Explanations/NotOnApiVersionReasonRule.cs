using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider that offers the service on another API version only is not named.</summary>
[Name("Explain.NotOnApiVersion")]
[Description("When a call explains, every provider that no entry names and that offers the service only on another PortOne API version than the merchant's gets that reason, with the versions it has, citing the capability's pages.")]
[Tag(ProviderReasons.Tag)]
internal sealed class NotOnApiVersionReasonRule() : BlockingReasonRule(ExplanationReasonCode.NotOnApiVersion)
{
    protected override ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider) =>
        ProviderReasons.NotOnApiVersionReason(need, provider);
}
