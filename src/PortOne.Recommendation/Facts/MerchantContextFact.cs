using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// The conditions of one call: the merchant's PortOne API version and existing contracts, and the package edition the
/// engine uses. Package entries take their providers from here, so no rule names a PG of the package.
/// </summary>
internal sealed class MerchantContextFact
{
    public MerchantContextFact(PortOneApiVersion? apiVersion, IReadOnlyList<PaymentProvider> existingContracts, CatalogEdition edition)
    {
        ApiVersion = apiVersion;
        ExistingContracts = existingContracts;
        Edition = edition;
        var brands = EasyPayBrandSet.Empty;
        foreach (var offer in edition.Offers)
        {
            if (offer.Item == PackageItem.EasyPay && offer.IsAvailableOn(apiVersion))
            {
                brands = brands.Union(offer.Brands);
            }
        }

        PackageEasyPayBrands = brands;
    }

    public PortOneApiVersion? ApiVersion { get; }

    public IReadOnlyList<PaymentProvider> ExistingContracts { get; }

    public CatalogEdition Edition { get; }

    /// <summary>The easy-pay brands the package carries on this call's API version.</summary>
    public EasyPayBrandSet PackageEasyPayBrands { get; }

    /// <summary>The edition's providers for an item that serve this call's API version.</summary>
    public IReadOnlyList<PaymentProvider> PackageProviders(PackageItem item) =>
        Edition.Offers.Where(o => o.Item == item && o.IsAvailableOn(ApiVersion)).Select(o => o.Provider).ToArray();

    /// <summary>The edition's easy-pay providers for some brands that serve this call's API version.</summary>
    public IReadOnlyList<PaymentProvider> PackageEasyPayProviders(EasyPayBrandSet brands) =>
        Edition.Offers
            .Where(o => o.Item == PackageItem.EasyPay && o.Brands.Overlaps(brands) && o.IsAvailableOn(ApiVersion))
            .Select(o => o.Provider)
            .ToArray();

    /// <summary>Whether the edition offers the item through a provider that this call's API version lacks. Used in a
    /// rule's condition, so it allocates nothing.</summary>
    public bool HasUnavailablePackageProviders(PackageItem item)
    {
        foreach (var offer in Edition.Offers)
        {
            if (offer.Item == item && !offer.IsAvailableOn(ApiVersion))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The edition's providers for an item that this call's API version lacks.</summary>
    public IReadOnlyList<PaymentProvider> UnavailablePackageProviders(PackageItem item) =>
        Edition.Offers.Where(o => o.Item == item && !o.IsAvailableOn(ApiVersion)).Select(o => o.Provider).ToArray();

    public bool IsExisting(PaymentProvider provider) => ExistingContracts.Contains(provider);
}
