using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>How to get one planned contract going: PortOne's own steps for the provider, in the page's order.</summary>
/// <param name="Provider">The provider of the planned contract.</param>
/// <param name="IsExisting"><see langword="true"/> when the merchant already has the contract: the items are the
/// add-service steps (상점아이디 추가) instead of a new contract's.</param>
/// <param name="Items">The items, in the order the page gives them.</param>
/// <param name="HasProcedurePage"><see langword="false"/> when PortOne's help center gives no procedure page for this
/// provider: the items then say so and keep to what other pages state.</param>
/// <remarks>Two onboardings are equal when all their values are equal, lists element by element.</remarks>
public sealed record ContractOnboarding(
    PaymentProvider Provider,
    bool IsExisting,
    IReadOnlyList<OnboardingItem> Items,
    bool HasProcedurePage)
{
    private readonly IReadOnlyList<OnboardingItem> _items = ValueList<OnboardingItem>.From(Items)!;

    /// <summary>Gets the items, in the order the page gives them.</summary>
    public IReadOnlyList<OnboardingItem> Items
    {
        get => _items;
        init => _items = ValueList<OnboardingItem>.From(value)!;
    }
}
