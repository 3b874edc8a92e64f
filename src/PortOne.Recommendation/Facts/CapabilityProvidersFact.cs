using System.Collections.Generic;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// The provider catalog's entries for one capability; every engine session holds one per capability. Grouping the
/// catalog by capability keeps the join with each need to a single fact.
/// </summary>
internal sealed class CapabilityProvidersFact
{
    public CapabilityProvidersFact(ProviderCapability capability, IReadOnlyList<ProviderCapabilityFact> entries)
    {
        Capability = capability;
        Entries = entries;
    }

    public ProviderCapability Capability { get; }

    /// <summary>The catalog entries of this capability, in <see cref="PaymentProvider"/> order.</summary>
    public IReadOnlyList<ProviderCapabilityFact> Entries { get; }

    /// <summary>The providers that carry every brand of <paramref name="brands"/> and serve
    /// <paramref name="apiVersion"/>, in <see cref="PaymentProvider"/> order.</summary>
    public IReadOnlyList<PaymentProvider> Providers(EasyPayBrandSet brands, PortOneApiVersion? apiVersion)
    {
        var providers = new List<PaymentProvider>(Entries.Count);
        foreach (var entry in Entries)
        {
            if (entry.Brands.ContainsAll(brands) && entry.IsAvailableOn(apiVersion))
            {
                providers.Add(entry.Provider);
            }
        }

        return providers;
    }
}
