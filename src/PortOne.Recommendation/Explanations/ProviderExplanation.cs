using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>Where one provider stands for one requested service, and why.</summary>
/// <param name="Provider">The provider.</param>
/// <param name="Standing">Planned, named or not named.</param>
/// <param name="NamedBy">The entries that name it (empty when it is not named), by path.</param>
/// <param name="Reasons">Every reason that holds: blocking reasons first, in <see cref="ExplanationReasonCode"/> order.</param>
public sealed record ProviderExplanation(
    PaymentProvider Provider,
    ProviderStanding Standing,
    IReadOnlyList<ProviderNaming> NamedBy,
    IReadOnlyList<ExplanationReason> Reasons)
{
    private readonly IReadOnlyList<ProviderNaming> _namedBy = ValueList<ProviderNaming>.From(NamedBy)!;
    private readonly IReadOnlyList<ExplanationReason> _reasons = ValueList<ExplanationReason>.From(Reasons)!;

    /// <summary>Gets the entries that name the provider.</summary>
    public IReadOnlyList<ProviderNaming> NamedBy
    {
        get => _namedBy;
        init => _namedBy = ValueList<ProviderNaming>.From(value)!;
    }

    /// <summary>Gets every reason that holds.</summary>
    public IReadOnlyList<ExplanationReason> Reasons
    {
        get => _reasons;
        init => _reasons = ValueList<ExplanationReason>.From(value)!;
    }
}
