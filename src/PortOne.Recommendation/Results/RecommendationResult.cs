using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>The engine's answer for one set of merchant requirements.</summary>
/// <param name="Recommendations">One entry per way to get a requested service, ordered by <see cref="PaymentService"/>,
/// then by path (recommended package, existing contract, direct selection).</param>
/// <param name="Advisories">What to watch out for, ordered by <see cref="AdvisoryCode"/>, no built-in code twice.</param>
/// <param name="Benefits">Partner benefits (제휴혜택), ordered by <see cref="BenefitCode"/>; empty unless the contract
/// plan signs a new contract through the recommended package.</param>
/// <param name="FiredRules">The names of the rules that fired, in firing order: a diagnostic, not part of the answer.</param>
/// <remarks>
/// Two results are equal when their entries, advisories, benefits, contract plans, onboarding plans, editions, languages
/// and explanations are equal, lists
/// element by element. <see cref="FiredRules"/> is left out: the order in which NRules fires rules of equal priority
/// is not part of the answer. Every list is a read-only copy, so a result can be shared between threads.
/// </remarks>
public sealed record RecommendationResult(
    IReadOnlyList<ServiceRecommendation> Recommendations,
    IReadOnlyList<Advisory> Advisories,
    IReadOnlyList<PartnerBenefit> Benefits,
    IReadOnlyList<string> FiredRules)
{
    private readonly IReadOnlyList<ServiceRecommendation> _recommendations = ValueList<ServiceRecommendation>.From(Recommendations)!;
    private readonly IReadOnlyList<Advisory> _advisories = ValueList<Advisory>.From(Advisories)!;
    private readonly IReadOnlyList<PartnerBenefit> _benefits = ValueList<PartnerBenefit>.From(Benefits)!;
    private readonly IReadOnlyList<string> _firedRules = ValueList<string>.From(FiredRules)!;

    /// <summary>Gets the entries, ordered by service, then path.</summary>
    public IReadOnlyList<ServiceRecommendation> Recommendations
    {
        get => _recommendations;
        init => _recommendations = ValueList<ServiceRecommendation>.From(value)!;
    }

    /// <summary>Gets the advisories, ordered by code.</summary>
    public IReadOnlyList<Advisory> Advisories
    {
        get => _advisories;
        init => _advisories = ValueList<Advisory>.From(value)!;
    }

    /// <summary>Gets the partner benefits, ordered by code.</summary>
    public IReadOnlyList<PartnerBenefit> Benefits
    {
        get => _benefits;
        init => _benefits = ValueList<PartnerBenefit>.From(value)!;
    }

    /// <summary>Gets the names of the rules that fired, in firing order; a diagnostic left out of equality.</summary>
    public IReadOnlyList<string> FiredRules
    {
        get => _firedRules;
        init => _firedRules = ValueList<string>.From(value)!;
    }

    /// <summary>Gets the contracts to sign or extend, decided from the entries.</summary>
    /// <value>The default is <see cref="Recommendation.ContractPlan.Empty"/>.</value>
    public ContractPlan ContractPlan { get; init; } = ContractPlan.Empty;

    /// <summary>Gets, when the call asked for it (<see cref="RecommendationContext.IncludeOnboarding"/>), for each contract
    /// of <see cref="ContractPlan"/> PortOne's steps, waits, documents and reviews, and what the site must show for what
    /// the merchant sells, each item with its page.</summary>
    /// <value>The default is <see langword="null"/>: the call did not ask for the onboarding plan.</value>
    public OnboardingPlan? Onboarding { get; init; }

    /// <summary>Gets the package edition the answer's package entries come from.</summary>
    /// <value>The default is <see cref="PackageEdition.May2025"/>.</value>
    public PackageEdition Edition { get; init; } = PackageEdition.May2025;

    /// <summary>Gets the language the texts are written in: <c>ko</c> (Korean) or <c>en</c> (English).</summary>
    /// <value>The default is <c>ko</c>.</value>
    public string Language { get; init; } = "ko";

    /// <summary>Gets why each provider is or is not named for each requested service, when the call asked for it
    /// (<see cref="RecommendationContext.Explain"/>).</summary>
    /// <value>The default is <see langword="null"/>: the call did not ask for an explanation.</value>
    public RecommendationExplanation? Explanation { get; init; }

    /// <summary>Compares two results by their answer: entries, advisories, benefits, plan, onboarding, edition, language and
    /// explanation, lists element by element; <see cref="FiredRules"/> is left out.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns><see langword="true"/> when both give the same answer.</returns>
    public bool Equals(RecommendationResult? other) =>
        other is not null
        && Equals(Recommendations, other.Recommendations)
        && Equals(Advisories, other.Advisories)
        && Equals(Benefits, other.Benefits)
        && Equals(ContractPlan, other.ContractPlan)
        && Equals(Onboarding, other.Onboarding)
        && Edition == other.Edition
        && string.Equals(Language, other.Language, System.StringComparison.Ordinal)
        && Equals(Explanation, other.Explanation);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode(Recommendations.GetHashCode(), Advisories.GetHashCode(), Benefits.GetHashCode(), ContractPlan.GetHashCode(), (int)Edition);

    private static int HashCode(params int[] parts)
    {
        var hash = 17;
        foreach (var part in parts)
        {
            hash = unchecked((hash * 31) + part);
        }

        return hash;
    }
}
