using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Catalog;

/// <summary>
/// One package edition as a merchant on one API version (or either) sees it: the providers of each item, the easy-pay
/// brands the package carries and the providers the API version leaves out. Worked out once per engine, so rules read
/// shared arrays and allocate nothing.
/// </summary>
internal sealed class EditionView
{
    private readonly ValueList<PaymentProvider>[] _providers;
    private readonly ValueList<PaymentProvider>[] _unavailable;
    private readonly ValueList<PaymentProvider>[] _easyPayByBrands;

    public EditionView(CatalogEdition edition, PortOneApiVersion? apiVersion)
    {
        Edition = edition;
        ApiVersion = apiVersion;
        var items = Internal.EnumValues<PackageItem>.All;
        _providers = new ValueList<PaymentProvider>[items.Length];
        _unavailable = new ValueList<PaymentProvider>[items.Length];
        var brands = EasyPayBrandSet.Empty;
        foreach (var item in items)
        {
            var available = new List<PaymentProvider>();
            var unavailable = new List<PaymentProvider>();
            foreach (var offer in edition.Offers)
            {
                if (offer.Item != item)
                {
                    continue;
                }

                if (offer.IsAvailableOn(apiVersion))
                {
                    available.Add(offer.Provider);
                    if (item == PackageItem.EasyPay)
                    {
                        brands = brands.Union(offer.Brands);
                    }
                }
                else
                {
                    unavailable.Add(offer.Provider);
                }
            }

            available.Sort();
            unavailable.Sort();
            _providers[(int)item] = ValueList<PaymentProvider>.Own([.. available]);
            _unavailable[(int)item] = ValueList<PaymentProvider>.Own([.. unavailable]);
            HasUnavailableProviders |= unavailable.Count > 0;
        }

        PackageEasyPayBrands = brands;
        _easyPayByBrands = new ValueList<PaymentProvider>[EasyPayBrandSet.MaskCount];
        for (var mask = 0; mask < _easyPayByBrands.Length; mask++)
        {
            var wanted = EasyPayBrandSet.FromMask(mask);
            var providers = new List<PaymentProvider>();
            foreach (var offer in edition.Offers)
            {
                if (offer.Item == PackageItem.EasyPay && offer.Brands.Overlaps(wanted) && offer.IsAvailableOn(apiVersion))
                {
                    providers.Add(offer.Provider);
                }
            }

            providers.Sort();
            _easyPayByBrands[mask] = ValueList<PaymentProvider>.Own([.. providers]);
        }

        PackageProviderSet = ProviderSet.Of(edition.Providers);
    }

    public CatalogEdition Edition { get; }

    public PortOneApiVersion? ApiVersion { get; }

    /// <summary>The easy-pay brands the package carries on this API version.</summary>
    public EasyPayBrandSet PackageEasyPayBrands { get; }

    /// <summary>Every provider the edition names, for any item and API version.</summary>
    public ProviderSet PackageProviderSet { get; }

    /// <summary>Whether the API version leaves out a provider of any item.</summary>
    public bool HasUnavailableProviders { get; }

    /// <summary>The edition's providers for an item on this API version, in <see cref="PaymentProvider"/> order.</summary>
    public ValueList<PaymentProvider> Providers(PackageItem item) => _providers[(int)item];

    /// <summary>The edition's providers for an item that this API version lacks.</summary>
    public ValueList<PaymentProvider> UnavailableProviders(PackageItem item) => _unavailable[(int)item];

    /// <summary>The edition's easy-pay providers that bring at least one of the brands, on this API version.</summary>
    public ValueList<PaymentProvider> EasyPayProviders(EasyPayBrandSet brands) => _easyPayByBrands[brands.Mask];
}
