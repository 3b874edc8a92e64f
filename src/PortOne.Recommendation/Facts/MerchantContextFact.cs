using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// The conditions of one call, as one fact: the merchant's PortOne API version and existing contracts, and the package
/// edition the call uses. Every session holds exactly one; every need fact carries it too
/// (<see cref="RequirementFact.Context"/>). Package entries take their providers from here, so no rule names a PG of
/// the package.
/// </summary>
public sealed class MerchantContextFact
{
    internal MerchantContextFact(RequirementsSnapshot requirements, IReadOnlyList<PaymentProvider> existingContracts, EditionView view, ProviderCatalog catalog)
    {
        Requirements = requirements;
        ExistingContracts = existingContracts;
        View = view;
        Catalog = catalog;
    }

    /// <summary>Gets the PortOne API version the merchant integrates with, or <see langword="null"/> for either.</summary>
    public PortOneApiVersion? ApiVersion => Requirements.ApiVersion;

    /// <summary>Gets a value indicating whether the business is registered outside Korea (해외 사업자), as
    /// <see cref="MerchantRequirements.BusinessRegisteredAbroad"/> says.</summary>
    public bool BusinessRegisteredAbroad => Requirements.BusinessRegisteredAbroad;

    /// <summary>Gets the providers the merchant already has a contract with through PortOne, as given.</summary>
    public IReadOnlyList<PaymentProvider> ExistingContracts { get; }

    /// <summary>Gets the package edition the call uses (<see cref="EditionChoice.Latest"/> resolved).</summary>
    public PackageEdition Edition => View.Edition.Edition;

    /// <summary>Gets the easy-pay brands the package edition carries on the call's API version.</summary>
    public EasyPayBrandSet PackageEasyPayBrands => View.PackageEasyPayBrands;

    /// <summary>Gets a value indicating whether the merchant has any existing contract.</summary>
    public bool HasExistingContracts => !Requirements.ExistingContracts.IsEmpty;

    internal RequirementsSnapshot Requirements { get; }

    /// <summary>Gets the merchant's high-risk industry, if it named one.</summary>
    internal MerchantIndustry? Industry => Requirements.Industry;

    internal EditionView View { get; }

    internal ProviderCatalog Catalog { get; }

    /// <summary>Tells whether the merchant already has a contract with a provider.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns><see langword="true"/> when <see cref="ExistingContracts"/> names it.</returns>
    public bool HasExistingContract(PaymentProvider provider) => Requirements.ExistingContracts.Contains(provider);

    /// <summary>Returns the package edition's providers for an item that serve the call's API version.</summary>
    /// <param name="item">The package item.</param>
    /// <returns>The providers, in <see cref="PaymentProvider"/> order; a read-only list.</returns>
    /// <exception cref="System.IndexOutOfRangeException"><paramref name="item"/> is not a defined package item.</exception>
    public IReadOnlyList<PaymentProvider> PackageProviders(PackageItem item) => View.Providers(item);

    /// <summary>The catalog's providers with a capability that carry every brand of <paramref name="brands"/> and serve
    /// the call's API version.</summary>
    internal ValueList<PaymentProvider> Candidates(ProviderCapability capability, EasyPayBrandSet brands = default) =>
        Catalog.Candidates(capability, ApiVersion, brands);

    /// <summary>The URL a sourced advisory cites.</summary>
    internal string SourceUrl(AdvisoryCode code) => Catalog.AdvisorySourceUrl(code);

    /// <summary>The URL an advisory about one provider cites for it.</summary>
    internal string SourceUrl(AdvisoryCode code, PaymentProvider provider) => Catalog.AdvisorySourceUrl(code, provider);

    /// <summary>Whether the catalog lists an advisory for a provider (the one the contract plan uses for a service, or
    /// none) on the call's API version.</summary>
    internal bool AdvisoryConcerns(AdvisoryCode code, PaymentProvider? provider) =>
        provider is { } used && Catalog.AdvisoryConcerns(code, used, ApiVersion);
}
