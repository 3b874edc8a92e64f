using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>An easy-pay provider without the requested brands is not named.</summary>
[Name("Explain.LacksRequestedBrand")]
[Description("When a call explains, every easy-pay provider that no entry names and that lacks the requested brands (hub-type easy pay: a brand it does not carry; direct easy pay: the company of none of them) gets that reason, with the brands, citing the capability's pages.")]
[Tag(ProviderReasons.Tag)]
internal sealed class LacksRequestedBrandReasonRule() : BlockingReasonRule(ExplanationReasonCode.LacksRequestedBrand)
{
    protected override ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider) =>
        ProviderReasons.LacksRequestedBrandReason(need, provider);
}
