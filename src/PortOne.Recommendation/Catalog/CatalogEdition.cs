using System;
using System.Collections.Generic;

namespace PortOne.Recommendation.Catalog;

/// <summary>One edition of the recommended package: which providers offer each package item.</summary>
internal sealed class CatalogEdition
{
    public CatalogEdition(PackageEdition edition, DateTime effective, string sourceKey, IReadOnlyList<PackageOffer> offers)
    {
        Edition = edition;
        Effective = effective;
        SourceKey = sourceKey;
        Offers = offers;
        var providers = new List<PaymentProvider>();
        foreach (var offer in offers)
        {
            if (!providers.Contains(offer.Provider))
            {
                providers.Add(offer.Provider);
            }
        }

        Providers = providers;
    }

    public PackageEdition Edition { get; }

    public DateTime Effective { get; }

    public string SourceKey { get; }

    public IReadOnlyList<PackageOffer> Offers { get; }

    /// <summary>Every provider the edition names, for any item.</summary>
    public IReadOnlyList<PaymentProvider> Providers { get; }
}
