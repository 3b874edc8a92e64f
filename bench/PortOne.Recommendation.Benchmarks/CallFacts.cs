using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// What one call knows before anything is decided, worked out in plain C# from the library's precomputed catalog
/// lookups (<see cref="ProviderCatalog.CandidateSet"/>, <see cref="EditionView"/>): the requirements read once, the
/// call's context (the one the planner needs), the easy-pay brands in and outside the package, and the existing
/// contracts that can serve each requested service. Built by <see cref="CatalogTables.Gather"/>; shared by the floor and
/// the RulesEngine contestant.
/// </summary>
internal sealed class CallFacts
{
    private readonly ProviderSet[] _existing;

    public CallFacts(RequirementsSnapshot requirements, MerchantContextFact context, ProviderCatalog catalog, ProviderSet[] existing)
    {
        Requirements = requirements;
        Context = context;
        Catalog = catalog;
        _existing = existing;
        var direct = requirements.EasyPay == EasyPayIntegration.Direct;
        PackageBrands = direct ? requirements.EasyPayBrands.Intersect(View.PackageEasyPayBrands) : default;
        OtherBrands = direct ? requirements.EasyPayBrands.Except(View.PackageEasyPayBrands) : default;
        foreach (var brand in OtherBrands)
        {
            var route = catalog.DirectEasyPayRoute(brand, ApiVersion);
            OtherBrandCompanies = OtherBrandCompanies.Union(route.Providers);
            MissingOtherBrands = route.Providers.IsEmpty ? MissingOtherBrands.Union(EasyPayBrandSet.Of(brand)) : MissingOtherBrands;
            ThroughPgBrands = route.ThroughPg && !route.Providers.IsEmpty ? ThroughPgBrands.Union(EasyPayBrandSet.Of(brand)) : ThroughPgBrands;
        }

        if (requirements.EasyPay is { } integration)
        {
            // The requested brands; none: the package's for a direct contract, any for hub-type.
            var brands = !requirements.EasyPayBrands.IsEmpty ? requirements.EasyPayBrands
                : integration == EasyPayIntegration.Direct ? View.PackageEasyPayBrands
                : EasyPayBrandSet.FromMask(EasyPayBrandSet.MaskCount - 1);
            RecurringEasyPay = catalog.RecurringEasyPay(integration, brands, ApiVersion);
        }
    }

    public RequirementsSnapshot Requirements { get; }

    public MerchantContextFact Context { get; }

    public ProviderCatalog Catalog { get; }

    public EditionView View => Context.View;

    public PortOneApiVersion? ApiVersion => Requirements.ApiVersion;

    /// <summary>Gets the requested brands the package carries (direct easy pay only).</summary>
    public EasyPayBrandSet PackageBrands { get; }

    /// <summary>Gets the requested brands outside the package (direct easy pay only).</summary>
    public EasyPayBrandSet OtherBrands { get; }

    /// <summary>Gets the easy-pay companies that carry some of <see cref="OtherBrands"/>.</summary>
    public ProviderSet OtherBrandCompanies { get; }

    /// <summary>Gets the brands of <see cref="OtherBrands"/> that have no easy-pay company of their own but PGs that carry
    /// them (PG 제휴): the providers named for them are those PGs.</summary>
    public EasyPayBrandSet ThroughPgBrands { get; }

    /// <summary>Gets where the requested easy pay can also be charged recurrently: the companies (direct) or PGs (hub)
    /// and the brands they cover.</summary>
    public (ProviderSet Providers, EasyPayBrandSet Brands) RecurringEasyPay { get; }

    /// <summary>Gets the brands of <see cref="OtherBrands"/> that nobody carries on the API version.</summary>
    public EasyPayBrandSet MissingOtherBrands { get; }

    /// <summary>Gets the existing contracts that cannot serve any requested service on the call's API version but could
    /// on the other one (empty unless an API version and existing contracts are given).</summary>
    public ProviderSet ExistingUnavailable { get; init; }

    /// <summary>Gets the capability the overseas-card need takes: domestic PG, overseas PG for recurring payments, or
    /// the ones for a business registered abroad (the library's <c>ServiceCapabilities</c>).</summary>
    public ProviderCapability OverseasCapability => ServiceCapabilities.Of(PaymentService.OverseasCardPayment, Requirements);

    /// <summary>Gets the providers the overseas-card entries name: the candidates of <see cref="OverseasCapability"/> and
    /// the existing contracts that serve it.</summary>
    public ProviderSet OverseasNamed => Requirements.OverseasCards
        ? Catalog.CandidateSet(OverseasCapability, ApiVersion, default).Union(ExistingProviders(PaymentService.OverseasCardPayment))
        : default;

    /// <summary>For a business registered abroad: the overseas PGs a business registered in Korea would get, split by
    /// the catalog's limits into those ruled out (with the URLs of the pages that say so) and those whose pages state
    /// nothing.</summary>
    public (ProviderSet Excluded, string[] SourceUrls, ProviderSet Unstated) OverseasPgsAbroad()
    {
        var capability = Requirements.RecurringOverseasCards ? ProviderCapability.OverseasPgRecurringCards : ProviderCapability.OverseasPgCards;
        var providers = Catalog.CandidateSet(capability, ApiVersion, default);
        var (excluded, keys) = Catalog.Excluded(providers, capability, MerchantCondition.BusinessRegisteredAbroad);
        var urls = new string[keys.Count];
        for (var i = 0; i < urls.Length; i++)
        {
            urls[i] = Catalog.SourceUrls[keys[i]];
        }

        return (excluded, urls, providers.Except(excluded));
    }

    /// <summary>Gets a value indicating whether anything besides overseas cards is requested.</summary>
    public bool AnyOtherThanOverseas =>
        Requirements.CardPayment || Requirements.BankTransfer || Requirements.VirtualAccount || Requirements.RecurringCard is not null
        || Requirements.EasyPay is not null || Requirements.IdentityVerification is not null || Requirements.MobileMicropaymentRecurring is not null;

    /// <summary>The catalog's providers with a capability (and brands) on the call's API version.</summary>
    public IReadOnlyList<PaymentProvider> Candidates(ProviderCapability capability, EasyPayBrandSet brands = default) =>
        Catalog.Candidates(capability, ApiVersion, brands);

    /// <summary>The existing contracts that can serve a requested service on the call's API version.</summary>
    public ProviderSet ExistingProviders(PaymentService service) => _existing.Length == 0 ? default : _existing[(int)service];
}

/// <summary>The library's catalog lookups for the engine's default edition, one view per API version.</summary>
internal sealed class CatalogTables
{
    private static readonly PaymentService[] Services = System.Enum.GetValues<PaymentService>();

    private readonly ProviderCatalog _catalog = ProviderCatalog.Default;
    private readonly EditionView[] _views;

    public CatalogTables(PackageEdition edition)
    {
        var catalogEdition = _catalog.Edition(edition);
        _views = [new(catalogEdition, null), new(catalogEdition, PortOneApiVersion.V1), new(catalogEdition, PortOneApiVersion.V2)];
    }

    public ProviderCatalog Catalog => _catalog;

    /// <summary>Reads the requirements once and looks up what the call needs from the catalog.</summary>
    public CallFacts Gather(MerchantRequirements requirements)
    {
        var snapshot = RequirementsSnapshot.Of(requirements);
        var view = _views[snapshot.ApiVersion is { } api ? (int)api + 1 : 0];
        var context = new MerchantContextFact(snapshot, requirements.ExistingContracts, view, _catalog);
        if (snapshot.ExistingContracts.IsEmpty)
        {
            return new CallFacts(snapshot, context, _catalog, []);
        }

        var existing = new ProviderSet[Services.Length];
        var anyVersion = ProviderSet.Empty;
        var thisVersion = ProviderSet.Empty;
        foreach (var service in Services)
        {
            if (!IsRequested(snapshot, service))
            {
                continue;
            }

            var here = Serving(snapshot, service, view, snapshot.ApiVersion);
            existing[(int)service] = here.Intersect(snapshot.ExistingContracts);
            if (snapshot.ApiVersion is not null)
            {
                thisVersion = thisVersion.Union(here);
                anyVersion = anyVersion.Union(Serving(snapshot, service, view, null));
            }
        }

        return new CallFacts(snapshot, context, _catalog, existing)
        {
            ExistingUnavailable = anyVersion.Except(thisVersion).Intersect(snapshot.ExistingContracts),
        };
    }

    /// <summary>The providers that can serve a service as asked, on an API version (direct easy pay: any company that
    /// carries one of the brands, the package's when none are named).</summary>
    private ProviderSet Serving(in RequirementsSnapshot r, PaymentService service, EditionView view, PortOneApiVersion? api)
    {
        var capability = ServiceCapabilities.Of(service, r);
        if (capability == ProviderCapability.DirectEasyPay)
        {
            var serving = ProviderSet.Empty;
            foreach (var brand in ServiceCapabilities.EasyPayBrands(r, view))
            {
                serving = serving.Union(_catalog.DirectEasyPayRoute(brand, api).Providers);
            }

            return serving;
        }

        return _catalog.CandidateSet(capability, api, capability == ProviderCapability.HubEasyPay ? r.EasyPayBrands : default);
    }

    private static bool IsRequested(in RequirementsSnapshot r, PaymentService service) => service switch
    {
        PaymentService.CardPayment => r.CardPayment,
        PaymentService.BankTransfer => r.BankTransfer,
        PaymentService.VirtualAccount => r.VirtualAccount,
        PaymentService.RecurringCardPayment => r.RecurringCard is not null,
        PaymentService.EasyPay => r.EasyPay is not null,
        PaymentService.IdentityVerification => r.IdentityVerification is not null,
        PaymentService.MobileMicropayment => r.MobileMicropaymentRecurring == false,
        PaymentService.MobileMicropaymentRecurring => r.MobileMicropaymentRecurring == true,
        _ => r.OverseasCards,
    };
}
