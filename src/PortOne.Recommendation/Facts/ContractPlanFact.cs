namespace PortOne.Recommendation.Facts;

/// <summary>
/// The contract plan, worked out by the rule <c>ContractPlan.FromEntries</c> from the entries in the session. Rules may
/// match it (the built-in benefits and plan advisories do); it is the plan rule's linked fact, so it changes when the
/// entries change and must not be inserted, updated or retracted by other rules.
/// </summary>
public sealed class ContractPlanFact
{
    internal ContractPlanFact(ContractPlan plan, MerchantContextFact context)
    {
        Plan = plan;
        Context = context;
    }

    /// <summary>Gets the plan.</summary>
    public ContractPlan Plan { get; }

    /// <summary>Gets the conditions of the call.</summary>
    public MerchantContextFact Context { get; }

    /// <summary>Gets a value indicating whether the plan signs at least one new contract through the recommended
    /// package, which is what partner benefits come with.</summary>
    public bool SignsNewPackageContract
    {
        get
        {
            foreach (var contract in Plan.Contracts)
            {
                if (contract.IsExisting)
                {
                    continue;
                }

                foreach (var route in contract.Routes)
                {
                    if (route.Path == ApplicationPath.RecommendedPackage)
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
        foreach (var contract in Plan.Contracts)
        {
            foreach (var covered in contract.Services)
            {
                if (covered == service)
                {
                    return contract.Provider;
                }
            }
        }

        return null;
    }
}
