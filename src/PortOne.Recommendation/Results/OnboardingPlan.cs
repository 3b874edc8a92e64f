using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>After the answer, how to get there: for each contract of the plan, PortOne's steps, waits, documents and
/// reviews, and what the site must show for what the merchant sells. Every item cites its page.</summary>
/// <param name="Contracts">One onboarding per planned contract, in the order of
/// <see cref="ContractPlan.Contracts"/>.</param>
/// <param name="SiteRequirements">What the site must show before the reviews (서비스 필수 구축요건), for every
/// contract, chosen by <see cref="MerchantRequirements.Sells"/>; empty when the plan has no contract.</param>
/// <remarks>Two onboarding plans are equal when their lists hold equal elements in the same order.</remarks>
public sealed record OnboardingPlan(IReadOnlyList<ContractOnboarding> Contracts, IReadOnlyList<OnboardingItem> SiteRequirements)
{
    private readonly IReadOnlyList<ContractOnboarding> _contracts = ValueList<ContractOnboarding>.From(Contracts)!;
    private readonly IReadOnlyList<OnboardingItem> _siteRequirements = ValueList<OnboardingItem>.From(SiteRequirements)!;

    /// <summary>Gets the onboarding plan of an answer without contracts.</summary>
    public static OnboardingPlan Empty { get; } = new(ValueList<ContractOnboarding>.Empty, ValueList<OnboardingItem>.Empty);

    /// <summary>Gets one onboarding per planned contract, in plan order.</summary>
    public IReadOnlyList<ContractOnboarding> Contracts
    {
        get => _contracts;
        init => _contracts = ValueList<ContractOnboarding>.From(value)!;
    }

    /// <summary>Gets what the site must show before the reviews, for every contract.</summary>
    public IReadOnlyList<OnboardingItem> SiteRequirements
    {
        get => _siteRequirements;
        init => _siteRequirements = ValueList<OnboardingItem>.From(value)!;
    }
}
