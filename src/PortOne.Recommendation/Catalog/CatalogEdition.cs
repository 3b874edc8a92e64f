using System;
using System.Collections.Generic;
using PortOne.Recommendation.Facts;

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
        var brands = EasyPayBrandSet.Empty;
        var providers = new List<PaymentProvider>();
        foreach (var offer in offers)
        {
            if (offer.Item == PackageItem.EasyPay)
            {
                brands = brands.Union(offer.Brands);
            }

            if (!providers.Contains(offer.Provider))
            {
                providers.Add(offer.Provider);
            }
        }

        EasyPayBrands = brands;
        Providers = providers;
    }

    public PackageEdition Edition { get; }

    public DateTime Effective { get; }

    public string SourceKey { get; }

    public IReadOnlyList<PackageOffer> Offers { get; }

    /// <summary>The easy-pay brands the package's easy pay item carries.</summary>
    public EasyPayBrandSet EasyPayBrands { get; }

    /// <summary>Every provider the edition names, for any item.</summary>
    public IReadOnlyList<PaymentProvider> Providers { get; }
}
