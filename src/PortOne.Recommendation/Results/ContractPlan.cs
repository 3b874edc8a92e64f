using System;
using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>
/// The fewest PG contracts that together cover every requested service, as far as the provider catalog knows.
/// </summary>
/// <remarks>
/// The plan is exact: among all sets of providers that cover every service it picks one needing the fewest new
/// contracts (an existing contract costs none), then the fewest contracts overall, then the most providers of the
/// package edition, then the earliest providers in <see cref="PaymentProvider"/> order.
/// </remarks>
/// <param name="Contracts">The contracts, in <see cref="PaymentProvider"/> order.</param>
/// <param name="UncoveredServices">Requested services no catalog provider covers under the given conditions (for
/// example the API version), in <see cref="PaymentService"/> order.</param>
public sealed record ContractPlan(IReadOnlyList<PlannedContract> Contracts, IReadOnlyList<PaymentService> UncoveredServices)
{
    /// <summary>Gets the plan of a request that asks for nothing: no contracts, nothing uncovered.</summary>
    public static ContractPlan Empty { get; } = new(Array.Empty<PlannedContract>(), Array.Empty<PaymentService>());

    /// <summary>Compares two plans by value, lists element by element.</summary>
    /// <param name="other">The plan to compare with.</param>
    /// <returns><see langword="true"/> when both hold the same contracts and uncovered services.</returns>
    public bool Equals(ContractPlan? other) =>
        other is not null
        && SequenceEquality.Equal(Contracts, other.Contracts)
        && SequenceEquality.Equal(UncoveredServices, other.UncoveredServices);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCombiner.Combine(SequenceEquality.Hash(Contracts), SequenceEquality.Hash(UncoveredServices));
}
