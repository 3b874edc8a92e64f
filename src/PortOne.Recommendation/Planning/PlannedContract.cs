using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>One PG contract of a <see cref="ContractPlan"/>.</summary>
/// <param name="Provider">The PG or easy-pay company to contract with.</param>
/// <param name="Services">The requested services this contract covers, in <see cref="PaymentService"/> order. Each is
/// named by an entry of the answer that names <paramref name="Provider"/> for it.</param>
/// <param name="AddOns">What the contract needs beyond the plain contract, in <see cref="ContractAddOn"/> order.</param>
/// <param name="IsExisting"><see langword="true"/> when the merchant already has this contract through PortOne
/// (<see cref="MerchantRequirements.ExistingContracts"/>): the services are added to it instead of signing anew.</param>
/// <param name="IsInPackage"><see langword="true"/> when the provider belongs to the chosen package edition.</param>
/// <remarks>Two planned contracts are equal when all their values are equal, lists compared element by element.</remarks>
public sealed record PlannedContract(
    PaymentProvider Provider,
    IReadOnlyList<PaymentService> Services,
    IReadOnlyList<ContractAddOn> AddOns,
    bool IsExisting,
    bool IsInPackage)
{
    private readonly IReadOnlyList<PaymentService> _services = ValueList<PaymentService>.From(Services)!;
    private readonly IReadOnlyList<ContractAddOn> _addOns = ValueList<ContractAddOn>.From(AddOns)!;

    private readonly IReadOnlyList<PlannedService> _routes = ValueList<PlannedService>.Empty;

    /// <summary>Gets the requested services this contract covers, in <see cref="PaymentService"/> order.</summary>
    public IReadOnlyList<PaymentService> Services
    {
        get => _services;
        init => _services = ValueList<PaymentService>.From(value)!;
    }

    /// <summary>Gets what the contract needs beyond the plain contract, in <see cref="ContractAddOn"/> order.</summary>
    public IReadOnlyList<ContractAddOn> AddOns
    {
        get => _addOns;
        init => _addOns = ValueList<ContractAddOn>.From(value)!;
    }

    /// <summary>Gets, for each service of <see cref="Services"/> in the same order, the way it is applied for: through
    /// the recommended package, by adding it to an existing contract, or by direct selection.</summary>
    /// <value>The default is an empty list (a plan built by hand that says nothing about the ways).</value>
    public IReadOnlyList<PlannedService> Routes
    {
        get => _routes;
        init => _routes = ValueList<PlannedService>.From(value) ?? ValueList<PlannedService>.Empty;
    }
}
