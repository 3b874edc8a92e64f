using System;
using System.Collections.Generic;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// Present in a call's session only when the call asks for an explanation (<see cref="RecommendationContext.Explain"/>).
/// The explanation rules match it first, so a call without it pays nothing for them. A rule of yours that gives its own
/// reasons (<see cref="ProviderReasonFact"/>) should match it too.
/// </summary>
public sealed class ExplanationRequestFact
{
    private readonly int[] _blockingReasons;

    internal ExplanationRequestFact(MerchantContextFact context, IReadOnlyList<PaymentService> services)
    {
        Context = context;
        Services = services;
        _blockingReasons = new int[Internal.EnumValues<PaymentService>.All.Length * Internal.EnumValues<PaymentProvider>.All.Length];
    }

    /// <summary>Gets the conditions of the call.</summary>
    public MerchantContextFact Context { get; }

    /// <summary>Gets the requested services, in <see cref="PaymentService"/> order: the services the explanation covers.</summary>
    public IReadOnlyList<PaymentService> Services { get; }

    /// <summary>The blocking reasons of a need and a provider as a bit mask, worked out on first use: each explanation
    /// rule reads one bit, so the catalog is asked once per call, service and provider. A session serves one call on one
    /// thread, so the memo needs no lock. The explanation rules' helper supplies <paramref name="workOut"/>: facts
    /// know no rules.</summary>
    internal int BlockingReasons(RequirementFact need, PaymentProvider provider, Func<RequirementFact, PaymentProvider, int> workOut)
    {
        var index = ((int)NeedServices.ServiceOf(need) * Internal.EnumValues<PaymentProvider>.All.Length) + (int)provider;
        var mask = _blockingReasons[index];
        if (mask == 0)
        {
            // Bit 31 marks "worked out", so that a provider with no blocking reason is not worked out again.
            mask = workOut(need, provider) | int.MinValue;
            _blockingReasons[index] = mask;
        }

        return mask & int.MaxValue;
    }
}
