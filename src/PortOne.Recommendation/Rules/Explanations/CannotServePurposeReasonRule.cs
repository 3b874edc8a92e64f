using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider whose identity verification cannot serve the purpose is not named.</summary>
[Name("Explain.CannotServePurpose")]
[Description("When a call explains, every provider that no entry names and that offers the service, but not for the merchant's purpose or kind of business, gets that reason: identity verification for an age restriction at a provider that cannot serve adult businesses (citing the identity verification page), or cards issued abroad for a business registered outside Korea (citing the page that limits the provider to businesses registered in Korea, or, where no page says, the pages of what it offers).")]
[Tag(ProviderReasons.Tag)]
internal sealed class CannotServePurposeReasonRule() : BlockingReasonRule(ExplanationReasonCode.CannotServePurpose)
{
    protected override ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider) =>
        ProviderReasons.CannotServePurposeReason(need, provider);
}
