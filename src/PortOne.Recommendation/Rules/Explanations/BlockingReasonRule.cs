using System;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Rules;

/// <summary>
/// The shape of every blocking-reason rule: when a call explains, each provider that no entry names for a need and for
/// which the call's memo holds the rule's reason (<see cref="ProviderReasons.Holds"/>) gets that reason, as a linked
/// fact. Each derived class is one decision, with its own name, description and text.
/// </summary>
internal abstract class BlockingReasonRule : Rule
{
    private readonly ExplanationReasonCode _code;
    private readonly Func<RequirementFact, PaymentProvider, ProviderReasonFact> _reason;

    protected BlockingReasonRule(ExplanationReasonCode code)
    {
        _code = code;
        _reason = Reason;
    }

    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => p.Call.Explanation != null);
        Then()
            .Do(ctx => Explain(ctx, plan));
    }

    protected abstract ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider);

    /// <summary>The reason for every requested need and every provider that no entry names and for which it holds.</summary>
    private void Explain(IContext ctx, ContractPlanFact plan)
    {
        var call = plan.Call;
        var request = call.Explanation!;
        foreach (var need in call.Needs)
        {
            foreach (var provider in EnumValues<PaymentProvider>.All)
            {
                if (ProviderReasons.Holds(request, need, provider, _code) && !ProviderReasons.IsNamed(plan.Entries, need, provider))
                {
                    call.Emit(ctx, request.Memo.Reason(need, provider, _code, _reason));
                }
            }
        }
    }
}
