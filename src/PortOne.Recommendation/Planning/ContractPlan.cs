using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>
/// The contracts to sign (or extend) for the answer's entries: a summary of the entries that never contradicts them.
/// </summary>
/// <remarks>
/// <para>The plan chooses only among the providers that the answer's entries name for each service: a contract lists
/// a service only if an entry for that service names the contract's provider, and every service whose entries name a
/// provider is covered. Among the sets of providers that cover every service it picks one with the fewest new
/// contracts (a contract the merchant already has costs none), then the fewest contracts overall, then the most
/// providers of the package edition, then the earliest providers in <see cref="PaymentProvider"/> order.</para>
/// <para>Two plans are equal when their lists hold equal elements in the same order.</para>
/// </remarks>
/// <param name="Contracts">The contracts, in <see cref="PaymentProvider"/> order.</param>
/// <param name="UncoveredServices">Services whose entries name no provider (no provider is known for them under the
/// given conditions, for example the API version), in <see cref="PaymentService"/> order.</param>
public sealed record ContractPlan(IReadOnlyList<PlannedContract> Contracts, IReadOnlyList<PaymentService> UncoveredServices)
{
    private readonly IReadOnlyList<PlannedContract> _contracts = ValueList<PlannedContract>.From(Contracts)!;
    private readonly IReadOnlyList<PaymentService> _uncoveredServices = ValueList<PaymentService>.From(UncoveredServices)!;

    /// <summary>Gets the plan of an answer with no entries: no contracts, nothing uncovered.</summary>
    public static ContractPlan Empty { get; } = new(ValueList<PlannedContract>.Empty, ValueList<PaymentService>.Empty);

    /// <summary>Gets the contracts, in <see cref="PaymentProvider"/> order.</summary>
    public IReadOnlyList<PlannedContract> Contracts
    {
        get => _contracts;
        init => _contracts = ValueList<PlannedContract>.From(value)!;
    }

    /// <summary>Gets the services whose entries name no provider, in <see cref="PaymentService"/> order.</summary>
    public IReadOnlyList<PaymentService> UncoveredServices
    {
        get => _uncoveredServices;
        init => _uncoveredServices = ValueList<PaymentService>.From(value)!;
    }
}
