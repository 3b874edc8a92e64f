using System;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Rules;

/// <summary>
/// The shape of every blocking-reason rule, a rule of the plan stage: when a call explains, each provider that no final
/// entry names for a need and for which the rule's reason holds (<see cref="ProviderReasons.Holds(ReasonMemo.NeedReasons, RequirementFact, PaymentProvider, ExplanationReasonCode)"/>,
/// read from the session's memo) gets that reason, emitted to the call's outputs. Each derived class is one decision,
/// with its own name, description and text.
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
            var memo = request.Memo.For(need);
            foreach (var provider in EnumValues<PaymentProvider>.All)
            {
                if (ProviderReasons.Holds(memo, need, provider, _code) && !ProviderReasons.IsNamed(plan.Entries, need, provider))
                {
                    call.Emit(ctx, memo.Reason(need, provider, _code, _reason));
                }
            }
        }
    }
}
