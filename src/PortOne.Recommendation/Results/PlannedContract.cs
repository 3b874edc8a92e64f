using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>One PG contract of a <see cref="ContractPlan"/>.</summary>
/// <param name="Provider">The PG or easy-pay company to contract with.</param>
/// <param name="Services">The requested services this contract covers, in <see cref="PaymentService"/> order.</param>
/// <param name="AddOns">What the contract needs beyond the plain contract, in <see cref="ContractAddOn"/> order.</param>
/// <param name="IsExisting"><see langword="true"/> when the merchant already has this contract through PortOne
/// (<see cref="MerchantRequirements.ExistingContracts"/>): the services are added to it instead of signing anew.</param>
/// <param name="IsInPackage"><see langword="true"/> when the provider belongs to the chosen package edition.</param>
public sealed record PlannedContract(
    PaymentProvider Provider,
    IReadOnlyList<PaymentService> Services,
    IReadOnlyList<ContractAddOn> AddOns,
    bool IsExisting,
    bool IsInPackage)
{
    /// <summary>Compares two planned contracts by value, lists element by element.</summary>
    /// <param name="other">The planned contract to compare with.</param>
    /// <returns><see langword="true"/> when both hold the same values.</returns>
    public bool Equals(PlannedContract? other) =>
        other is not null
        && Provider == other.Provider
        && IsExisting == other.IsExisting
        && IsInPackage == other.IsInPackage
        && SequenceEquality.Equal(Services, other.Services)
        && SequenceEquality.Equal(AddOns, other.AddOns);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCombiner.Combine(
        (int)Provider,
        SequenceEquality.Hash(Services),
        SequenceEquality.Hash(AddOns),
        (IsExisting ? 1 : 0) | (IsInPackage ? 2 : 0));
}
