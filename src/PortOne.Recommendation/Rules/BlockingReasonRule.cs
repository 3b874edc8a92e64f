using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>
/// The shape of every blocking-reason rule: when a call explains, each provider that no entry names for a need and for
/// which the call's memo holds the rule's reason (<see cref="ProviderReasons.Holds"/>) gets that reason, as a linked
/// fact. Each derived class is one decision, with its own name, description and text.
/// </summary>
internal abstract class BlockingReasonRule(ExplanationReasonCode code) : Rule
{
    public override void Define()
    {
        ExplanationRequestFact request = null!;
        RequirementFact need = null!;
        ProviderFact provider = null!;

        When()
            .Match(() => request)
            .Match(() => need)
            .Match(() => provider, p => ProviderReasons.Holds(request, need, p.Provider, code))
            .Not<RecommendationFact>(e => e.Service == NeedCoverage.ServiceOf(need) && e.Providers.Contains(provider.Provider));
        Then()
            .Yield(ctx => Reason(need, provider.Provider));
    }

    /// <summary>The reason, with its text and sources.</summary>
    protected abstract ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider);
}
