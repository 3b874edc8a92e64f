using System;
using System.Collections.Generic;

namespace PortOne.Recommendation.Catalog;

/// <summary>One edition of the recommended package: which providers offer each package item, and the partner benefits
/// the edition's pages list.</summary>
internal sealed class CatalogEdition
{
    public CatalogEdition(PackageEdition edition, DateTime effective, string sourceKey, IReadOnlyList<PackageOffer> offers, IReadOnlyList<CatalogBenefit> benefits)
    {
        Edition = edition;
        Effective = effective;
        SourceKey = sourceKey;
        Offers = offers;
        Benefits = benefits;
        var codes = new List<BenefitCode>(benefits.Count);
        foreach (var benefit in benefits)
        {
            codes.Add(benefit.Code);
        }

        codes.Sort();
        BenefitCodes = codes.ToArray();
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

    /// <summary>The partner benefits the edition lists, in file order.</summary>
    public IReadOnlyList<CatalogBenefit> Benefits { get; }

    /// <summary>The codes of <see cref="Benefits"/>, in <see cref="BenefitCode"/> order: what the benefits rule grants.</summary>
    public IReadOnlyList<BenefitCode> BenefitCodes { get; }

    /// <summary>Every provider the edition names, for any item.</summary>
    public IReadOnlyList<PaymentProvider> Providers { get; }
}
