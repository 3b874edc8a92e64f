using System.Collections.Generic;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// The contract plan, worked out by the engine from the final entries once the decisions (and your rules) are done.
/// Rules may match it (the built-in benefits and plan advisories do); the engine updates it when the entries change,
/// so other rules must not insert, update or retract it.
/// </summary>
public sealed class ContractPlanFact
{
    private static readonly IReadOnlyList<RecommendationFact> NoEntries = [];

    internal ContractPlanFact()
    {
        Plan = ContractPlan.Empty;
        Context = null!;
        Entries = NoEntries;
        Call = null!;
    }

    /// <summary>Gets the plan.</summary>
    public ContractPlan Plan { get; private set; }

    /// <summary>Gets the conditions of the call.</summary>
    public MerchantContextFact Context { get; private set; }

    /// <summary>Gets the final entries the plan was worked out from.</summary>
    internal IReadOnlyList<RecommendationFact> Entries { get; private set; }

    /// <summary>Gets the call the plan belongs to, to which the plan stage's rules emit.</summary>
    internal CallFact Call { get; private set; }

    /// <summary>Sets the plan of a call.</summary>
    internal void Set(ContractPlan plan, IReadOnlyList<RecommendationFact> entries, CallFact call)
    {
        Plan = plan;
        Entries = entries;
        Call = call;
        Context = call.Context;
    }

    /// <summary>Gets a value indicating whether the plan signs at least one new contract through the recommended
    /// package, which is what partner benefits come with.</summary>
    public bool SignsNewPackageContract
    {
        get
        {
            var contracts = Plan.Contracts;
            for (var c = 0; c < contracts.Count; c++)
            {
                if (contracts[c].IsExisting)
                {
                    continue;
                }

                var routes = contracts[c].Routes;
                for (var r = 0; r < routes.Count; r++)
                {
                    if (routes[r].Path == ApplicationPath.RecommendedPackage)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    /// <summary>Returns the provider the plan uses for a service, if any (the first contract that covers it).</summary>
    /// <param name="service">The service.</param>
    /// <returns>The provider, or <see langword="null"/> when no contract covers the service.</returns>
    public PaymentProvider? ProviderFor(PaymentService service)
    {
        var contracts = Plan.Contracts;
        for (var c = 0; c < contracts.Count; c++)
        {
            var services = contracts[c].Services;
            for (var s = 0; s < services.Count; s++)
            {
                if (services[s] == service)
                {
                    return contracts[c].Provider;
                }
            }
        }

        return null;
    }
}
