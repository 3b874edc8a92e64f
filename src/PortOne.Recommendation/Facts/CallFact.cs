using System.Collections.Generic;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// The one fact of a call that the built-in decision rules match: the requested needs and the call's context. It lives
/// in the session that serves the call and is filled and <c>Update</c>d in place for each call, so each decision rule
/// is a single condition on it. Rules do not insert their decisions as facts: they emit them to <see cref="Outputs"/>,
/// under their own name.
/// </summary>
internal sealed class CallFact
{
    private readonly List<RequirementFact> _needs = new(8);
    private ReasonMemo? _memo;

    /// <summary>Gets the conditions of the call.</summary>
    public MerchantContextFact Context { get; private set; } = null!;

    /// <summary>Gets the requirements of the call.</summary>
    public RequirementsSnapshot Requirements => Context.Requirements;

    /// <summary>Gets the requested needs, in <see cref="PaymentService"/> order.</summary>
    public IReadOnlyList<RequirementFact> Needs => _needs;

    /// <summary>Gets the easy-pay need, if easy pay was requested.</summary>
    public EasyPayNeed? EasyPay { get; private set; }

    /// <summary>Gets the recurring-card need, if recurring card payments were requested.</summary>
    public RecurringCardNeed? RecurringCard { get; private set; }

    /// <summary>Gets the identity-verification need, if identity verification was requested.</summary>
    public IdentityVerificationNeed? IdentityVerification { get; private set; }

    /// <summary>Gets the mobile-micropayment need, if mobile micropayment was requested.</summary>
    public MobileMicropaymentNeed? MobileMicropayment { get; private set; }

    /// <summary>Gets the overseas-card need, if cards issued abroad were requested.</summary>
    public OverseasCardNeed? OverseasCards { get; private set; }

    /// <summary>Gets the explanation request when the call explains; <see langword="null"/> otherwise.</summary>
    public ExplanationRequestFact? Explanation { get; private set; }

    /// <summary>Gets what the rules emitted in this call.</summary>
    public CallOutputs Outputs { get; } = new();

    /// <summary>Fills the fact for a new call and clears the outputs of the last one.</summary>
    public void Reset(RequirementsSnapshot requirements, IReadOnlyList<PaymentProvider> existingContracts, EditionView view, ProviderCatalog catalog, bool explain)
    {
        Context = FactBuilder.Build(_needs, requirements, existingContracts, view, catalog);
        EasyPay = null;
        RecurringCard = null;
        IdentityVerification = null;
        MobileMicropayment = null;
        OverseasCards = null;
        foreach (var need in _needs)
        {
            switch (need)
            {
                case EasyPayNeed easyPay:
                    EasyPay = easyPay;
                    break;
                case RecurringCardNeed recurring:
                    RecurringCard = recurring;
                    break;
                case IdentityVerificationNeed identity:
                    IdentityVerification = identity;
                    break;
                case MobileMicropaymentNeed mobile:
                    MobileMicropayment = mobile;
                    break;
                case OverseasCardNeed overseas:
                    OverseasCards = overseas;
                    break;
            }
        }

        Explanation = explain ? FactBuilder.ExplanationRequest(_needs, Context, _memo ??= new ReasonMemo()) : null;
        Outputs.Clear();
    }

    /// <summary>Emits an entry under the firing rule's name.</summary>
    public void Emit(IContext ctx, RecommendationFact entry) => Outputs.Entries.Add(new(entry, ctx.Rule.Name));

    /// <summary>Emits an advisory under the firing rule's name.</summary>
    public void Emit(IContext ctx, AdvisoryFact advisory) => Outputs.Advisories.Add(new(advisory, ctx.Rule.Name));

    /// <summary>Emits a partner benefit under the firing rule's name.</summary>
    public void Emit(IContext ctx, BenefitCode benefit) => Outputs.Benefits.Add(new(benefit, ctx.Rule.Name));

    /// <summary>Emits an explanation's reason under the firing rule's name.</summary>
    public void Emit(IContext ctx, ProviderReasonFact reason) => Outputs.Reasons.Add(new(reason, ctx.Rule.Name));

    /// <summary>Notes a need for which the catalog lists no provider.</summary>
    public void Emit(NoCandidateFact gap) => Outputs.Gaps.Add(gap);
}
