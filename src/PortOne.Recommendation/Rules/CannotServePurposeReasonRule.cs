using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider whose identity verification cannot serve the purpose is not named.</summary>
[Name("Explain.CannotServePurpose")]
[Description("When a call explains identity verification for an age restriction, every provider that verifies identity but cannot serve adult businesses, and that no entry names, gets that reason, citing the identity verification page.")]
[Tag(ProviderReasons.Tag)]
internal sealed class CannotServePurposeReasonRule : Rule
{
    public override void Define()
    {
        ExplanationRequestFact request = null!;
        RequirementFact need = null!;
        ProviderFact provider = null!;

        When()
            .Match(() => request)
            .Match(() => need)
            .Match(() => provider, p => ProviderReasons.Holds(request, need, p.Provider, ExplanationReasonCode.CannotServePurpose))
            .Not<RecommendationFact>(e => e.Service == NeedCoverage.ServiceOf(need) && e.Providers.Contains(provider.Provider));
        Then()
            .Yield(ctx => ProviderReasons.CannotServePurposeReason(need, provider.Provider));
    }
}
