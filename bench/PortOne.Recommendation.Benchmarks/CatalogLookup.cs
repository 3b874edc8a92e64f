using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The provider catalog and the package edition as lookup tables, the way a hand-written service would hold them:
/// the providers for every capability, brand set and API version, and the package's providers for every item and API
/// version, all worked out once at construction from <see cref="ProviderCatalog.Default"/>. Each call then gathers its
/// <see cref="CallFacts"/> with table lookups, the library's <see cref="PlanNeeds"/> and <see cref="ContractPlanner"/>.
/// Shared by the floor and the RulesEngine contestant.
/// </summary>
internal sealed class CatalogLookup
{
    private static readonly PortOneApiVersion?[] ApiVersions = [null, PortOneApiVersion.V1, PortOneApiVersion.V2];
    private static readonly EasyPayBrand[] AllBrands = Enum.GetValues<EasyPayBrand>();
    private static readonly PackageItem[] PackageItems = Enum.GetValues<PackageItem>();

    private readonly ProviderCatalog _catalog = ProviderCatalog.Default;
    private readonly Dictionary<EasyPayBrandSet, IReadOnlyList<PaymentProvider>>[] _coverage;
    private readonly IReadOnlyList<PaymentProvider>[][] _packageProviders;
    private readonly IReadOnlyList<PaymentProvider>[][] _unavailablePackageProviders;
    private readonly MerchantContextFact[] _contexts;

    public CatalogLookup(PackageEdition edition)
    {
        Edition = _catalog.Edition(edition);
        var brandSets = Enumerable.Range(0, 1 << AllBrands.Length)
            .Select(mask => EasyPayBrandSet.Of(AllBrands.Where(b => (mask & (1 << (int)b)) != 0)))
            .ToArray();
        _coverage = new Dictionary<EasyPayBrandSet, IReadOnlyList<PaymentProvider>>[_catalog.CapabilityGroups.Count * ApiVersions.Length];
        foreach (var group in _catalog.CapabilityGroups)
        {
            for (var api = 0; api < ApiVersions.Length; api++)
            {
                _coverage[Slot(group.Capability, api)] = brandSets.ToDictionary(set => set, set => group.Providers(set, ApiVersions[api]));
            }
        }

        _contexts = ApiVersions.Select(api => new MerchantContextFact(api, [], Edition)).ToArray();
        _packageProviders = _contexts.Select(c => PackageItems.Select(c.PackageProviders).ToArray()).ToArray();
        _unavailablePackageProviders = _contexts.Select(c => PackageItems.Select(c.UnavailablePackageProviders).ToArray()).ToArray();
    }

    public CatalogEdition Edition { get; }

    /// <summary>The package's providers of an item on an API version (one shared list per item and version).</summary>
    public IReadOnlyList<PaymentProvider> PackageProviders(PackageItem item, PortOneApiVersion? apiVersion) =>
        _packageProviders[Index(apiVersion)][(int)item];

    /// <summary>The package's providers of an item that an API version lacks.</summary>
    public IReadOnlyList<PaymentProvider> UnavailablePackageProviders(PackageItem item, PortOneApiVersion? apiVersion) =>
        _unavailablePackageProviders[Index(apiVersion)][(int)item];

    /// <summary>The catalog's providers for a capability, carrying every brand of a set, on an API version.</summary>
    public IReadOnlyList<PaymentProvider> Providers(ProviderCapability capability, EasyPayBrandSet brands, PortOneApiVersion? apiVersion) =>
        _coverage[Slot(capability, Index(apiVersion))][brands];

    /// <summary>Gathers what a call knows before deciding: context, needs, coverage, plan and the conditions on them.</summary>
    public CallFacts Gather(MerchantRequirements requirements)
    {
        var api = requirements.ApiVersion;
        var context = requirements.ExistingContracts.Count == 0
            ? _contexts[Index(api)]
            : new MerchantContextFact(api, requirements.ExistingContracts, Edition);
        var needs = new List<object>(8);
        PlanNeeds.Add(requirements, context.PackageEasyPayBrands, needs);
        var coverage = new List<CoverageFact>(needs.Count);
        var uncovered = false;
        var hubInicis = false;
        foreach (PlanNeedFact need in needs)
        {
            var providers = Providers(need.Capability, need.Brands, api);
            uncovered |= providers.Count == 0;
            hubInicis |= need.Capability == ProviderCapability.HubEasyPay && providers.Contains(PaymentProvider.KgInicis);
            coverage.Add(new CoverageFact(need, providers));
        }

        var plan = coverage.Count == 0 ? ContractPlan.Empty : ContractPlanner.Plan(coverage, context, _catalog.AddOns);
        var unavailable = 0;
        foreach (var item in PackageItems)
        {
            unavailable |= UnavailablePackageProviders(item, api).Count > 0 ? 1 << (int)item : 0;
        }

        return new CallFacts(context, requirements.EasyPay is { } easyPay ? EasyPayBrandSet.Of(easyPay.Brands) : default, coverage, plan)
        {
            HubCandidatesIncludeInicis = hubInicis,
            AnyNeedUncovered = uncovered,
            PlanUsesExistingContract = plan.Contracts.Any(c => c.IsExisting),
            IdentityPackageNamesDanal = PackageProviders(PackageItem.IdentityVerification, api).Contains(PaymentProvider.Danal),
            UnavailablePackageItems = unavailable,
        };
    }

    private static int Index(PortOneApiVersion? apiVersion) => apiVersion is { } version ? 1 + (int)version : 0;

    private static int Slot(ProviderCapability capability, int api) => ((int)capability * ApiVersions.Length) + api;
}
