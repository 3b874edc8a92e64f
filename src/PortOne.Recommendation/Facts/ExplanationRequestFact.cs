using System.Collections.Generic;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// Present in a call's session only when the call asks for an explanation (<see cref="RecommendationContext.Explain"/>).
/// The explanation rules match it first, so a call without it pays nothing for them. A rule of yours that gives its own
/// reasons (<see cref="ProviderReasonFact"/>) should match it too.
/// </summary>
public sealed class ExplanationRequestFact
{
    internal ExplanationRequestFact(MerchantContextFact context, IReadOnlyList<PaymentService> services, ReasonMemo memo)
    {
        Context = context;
        Services = services;
        Memo = memo;
    }

    /// <summary>Gets the conditions of the call.</summary>
    public MerchantContextFact Context { get; }

    /// <summary>Gets the requested services, in <see cref="PaymentService"/> order: the services the explanation covers.</summary>
    public IReadOnlyList<PaymentService> Services { get; }

    /// <summary>Gets what the explanation rules worked out before, in this session.</summary>
    internal ReasonMemo Memo { get; }
}
