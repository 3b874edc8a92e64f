using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>The engine's answer for one set of merchant requirements.</summary>
/// <param name="Recommendations">One entry per way to get a requested service, ordered by <see cref="PaymentService"/>, the
/// recommended package before direct selection.</param>
/// <param name="Advisories">What to watch out for, ordered by <see cref="AdvisoryCode"/>, no code twice.</param>
/// <param name="Benefits">Partner benefits (제휴혜택) that come with the recommended package, ordered by <see cref="BenefitCode"/>;
/// empty when nothing is applied for through the package.</param>
/// <param name="FiredRules">The names of the rules that fired, in firing order.</param>
/// <remarks>Two results are equal when all four lists hold equal elements in the same order and their contract plans
/// are equal.</remarks>
public sealed record RecommendationResult(
    IReadOnlyList<ServiceRecommendation> Recommendations,
    IReadOnlyList<Advisory> Advisories,
    IReadOnlyList<PartnerBenefit> Benefits,
    IReadOnlyList<string> FiredRules)
{
    /// <summary>Gets the fewest PG contracts that cover every requested service, with what each needs.</summary>
    /// <value>The default is <see cref="Recommendation.ContractPlan.Empty"/>.</value>
    public ContractPlan ContractPlan { get; init; } = ContractPlan.Empty;

    /// <summary>Compares two results element by element.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns><see langword="true"/> when every list matches in content and order.</returns>
    public bool Equals(RecommendationResult? other) =>
        other is not null
        && SequenceEquality.Equal(Recommendations, other.Recommendations)
        && SequenceEquality.Equal(Advisories, other.Advisories)
        && SequenceEquality.Equal(Benefits, other.Benefits)
        && SequenceEquality.Equal(FiredRules, other.FiredRules)
        && Equals(ContractPlan, other.ContractPlan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCombiner.Combine(
        SequenceEquality.Hash(Recommendations),
        SequenceEquality.Hash(Advisories),
        SequenceEquality.Hash(Benefits),
        SequenceEquality.Hash(FiredRules));
}
