using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Catalog;

/// <summary>
/// The provider catalog: sourced PG capabilities, package editions, contract add-ons and the sources advisories cite.
/// Its reviewed source is <c>ProviderCatalog.xml</c>, checked as a whole and compiled into C# at build time by the
/// maintainers' catalog compiler (<c>tools/PortOne.Recommendation.CatalogCompiler</c>): the library parses no XML, it
/// constructs the catalog from <c>ProviderCatalog.Generated.cs</c> once, and works out its lookup tables here.
/// </summary>
internal sealed partial class ProviderCatalog
{
    private static readonly Lazy<ProviderCatalog> Compiled = new(CreateCompiled);

#if NO_COMPILED_CATALOG
    /// <summary>Built with -p:CompiledCatalog=false, for the catalog compiler alone: there is no catalog.</summary>
    private static ProviderCatalog CreateCompiled() =>
        throw new InvalidOperationException("This build of the library has no compiled catalog (-p:CompiledCatalog=false).");
#endif

    private readonly Dictionary<string, string> _sourceUrls;
    private readonly Dictionary<string, string> _sourceEvidence;
    private readonly Dictionary<PaymentProvider, ApiVersionSet> _providerApi;
    private readonly Dictionary<PaymentProvider, string> _providerSources;
    private readonly CatalogCapability?[] _byProviderAndKind;
    private readonly Dictionary<PackageEdition, CatalogEdition> _editions;
    private readonly Dictionary<AdvisoryCode, string> _advisorySources;
    private readonly Dictionary<(AdvisoryCode Code, PaymentProvider Provider), CatalogProviderAdvisory> _providerAdvisories;
    private readonly (ValueList<PaymentProvider> Providers, ProviderSet Set)[] _candidates;
    private readonly Dictionary<(PaymentProvider Provider, OnboardingProcedureKind Kind), CatalogProcedure> _procedures;
    private readonly Dictionary<MerchantIndustry, CatalogIndustry> _industries;

    /// <summary>Builds the catalog and its lookup tables from checked contents, each collection in file order (the
    /// compiled catalog, and the catalog compiler's reader, call this).</summary>
    internal ProviderCatalog(
        string version,
        Dictionary<string, string> sourceUrls,
        Dictionary<string, string> sourceEvidence,
        Dictionary<PaymentProvider, ApiVersionSet> providerApi,
        Dictionary<PaymentProvider, string> providerSources,
        IReadOnlyList<CatalogCapability> capabilities,
        IReadOnlyList<CatalogAddOn> addOns,
        IReadOnlyList<CatalogLimit> limits,
        Dictionary<PackageEdition, CatalogEdition> editions,
        Dictionary<AdvisoryCode, string> advisorySources,
        IReadOnlyList<CatalogProviderAdvisory> providerAdvisories,
        IReadOnlyList<CatalogProcedure> procedures,
        IReadOnlyList<CatalogOnboardingItem> siteRequirements,
        IReadOnlyList<CatalogIndustry> industries,
        string industrySourceKey)
    {
        Version = version;
        _sourceUrls = sourceUrls;
        _sourceEvidence = sourceEvidence;
        _providerApi = providerApi;
        _providerSources = providerSources;
        Capabilities = capabilities;
        _byProviderAndKind = new CatalogCapability?[EnumValues<PaymentProvider>.All.Length * EnumValues<ProviderCapability>.All.Length];
        foreach (var capability in capabilities)
        {
            _byProviderAndKind[CapabilityIndex(capability.Provider, capability.Capability)] = capability;
        }

        _candidates = BuildCandidates(capabilities);
        AddOns = addOns;
        Limits = limits;
        _editions = editions;
        _advisorySources = advisorySources;
        ProviderAdvisories = providerAdvisories;
        _providerAdvisories = new(providerAdvisories.Count);
        foreach (var advisory in providerAdvisories)
        {
            _providerAdvisories.Add((advisory.Code, advisory.Provider), advisory);
        }

        CatalogEdition? latest = null;
        foreach (var edition in editions.Values)
        {
            if (latest is null || edition.Effective >= latest.Effective)
            {
                latest = edition;
            }
        }

        LatestEdition = latest?.Edition ?? throw new ArgumentException("A catalog has at least one edition.", nameof(editions));
        _procedures = new(procedures.Count);
        foreach (var procedure in procedures)
        {
            _procedures.Add((procedure.Provider, procedure.Kind), procedure);
        }

        Procedures = procedures;
        SiteRequirements = siteRequirements;
        _industries = new(industries.Count);
        foreach (var industry in industries)
        {
            _industries.Add(industry.Industry, industry);
        }

        IndustrySourceKey = industrySourceKey;
    }

    /// <summary>Gets every onboarding procedure, in file order.</summary>
    public IReadOnlyList<CatalogProcedure> Procedures { get; }

    /// <summary>Gets the site requirements, in file order.</summary>
    public IReadOnlyList<CatalogOnboardingItem> SiteRequirements { get; }

    /// <summary>Gets the source key of the high-risk industries.</summary>
    public string IndustrySourceKey { get; }

    /// <summary>Gets a provider's procedure of one kind; the catalog has one for every provider and kind.</summary>
    public CatalogProcedure Procedure(PaymentProvider provider, OnboardingProcedureKind kind) =>
        _procedures.TryGetValue((provider, kind), out var procedure)
            ? procedure
            : throw new InvalidOperationException($"The provider catalog has no {kind} procedure for {provider}.");

    /// <summary>Gets what the high-risk page says about an industry; the catalog has every industry.</summary>
    public CatalogIndustry Industry(MerchantIndustry industry) =>
        _industries.TryGetValue(industry, out var found)
            ? found
            : throw new ArgumentOutOfRangeException(nameof(industry), industry, "Not an industry of the provider catalog.");

    /// <summary>Gets the catalog the library ships with.</summary>
    public static ProviderCatalog Default => Compiled.Value;

    /// <summary>Gets the catalog's data version (the <c>version</c> attribute).</summary>
    public string Version { get; }

    /// <summary>Gets every capability, in file order.</summary>
    public IReadOnlyList<CatalogCapability> Capabilities { get; }

    /// <summary>Gets the editions, in the order they took effect.</summary>
    public IReadOnlyList<CatalogEdition> Editions => [.. _editions.Values.OrderBy(e => e.Effective)];

    /// <summary>The providers with a capability that carry every brand of <paramref name="brands"/> (easy pay only)
    /// and serve <paramref name="apiVersion"/>, in <see cref="PaymentProvider"/> order. A shared array: never change it.</summary>
    public ValueList<PaymentProvider> Candidates(ProviderCapability capability, PortOneApiVersion? apiVersion, EasyPayBrandSet brands) =>
        _candidates[CandidateIndex(capability, apiVersion, brands)].Providers;

    /// <summary>The same providers as <see cref="Candidates"/>, as a set.</summary>
    public ProviderSet CandidateSet(ProviderCapability capability, PortOneApiVersion? apiVersion, EasyPayBrandSet brands) =>
        _candidates[CandidateIndex(capability, apiVersion, brands)].Set;

    /// <summary>The providers for an easy-pay brand asked for as a direct contract: its easy-pay company on
    /// <paramref name="apiVersion"/>, or, where the brand has none (Samsung Pay, Apple Pay; Payco on V2), the PGs that
    /// carry it as hub-type easy pay (PG 제휴), with <c>ThroughPg</c> set.</summary>
    public (ProviderSet Providers, bool ThroughPg) DirectEasyPayRoute(EasyPayBrand brand, PortOneApiVersion? apiVersion)
    {
        var brands = EasyPayBrandSet.Of(brand);
        var companies = CandidateSet(ProviderCapability.DirectEasyPay, apiVersion, brands);
        return companies.IsEmpty ? (CandidateSet(ProviderCapability.HubEasyPay, apiVersion, brands), true) : (companies, false);
    }

    /// <summary>Recurring easy pay for some brands: the easy-pay companies (direct contract) or the PGs (hub-type) that
    /// support it for at least one of <paramref name="brands"/> on <paramref name="apiVersion"/>, and the brands among
    /// <paramref name="brands"/> that some of them support.</summary>
    public (ProviderSet Providers, EasyPayBrandSet Brands) RecurringEasyPay(EasyPayIntegration integration, EasyPayBrandSet brands, PortOneApiVersion? apiVersion)
    {
        var kind = integration == EasyPayIntegration.Hub ? ProviderCapability.RecurringHubEasyPay : ProviderCapability.RecurringDirectEasyPay;
        var providers = ProviderSet.Empty;
        var supported = EasyPayBrandSet.Empty;
        foreach (var brand in brands)
        {
            var one = EasyPayBrandSet.Of(brand);
            var set = CandidateSet(kind, apiVersion, one);
            if (!set.IsEmpty)
            {
                providers = providers.Union(set);
                supported = supported.Union(one);
            }
        }

        return (providers, supported);
    }

    /// <summary>The add-ons a contract needs when <paramref name="provider"/> is used for <paramref name="capability"/> on
    /// <paramref name="apiVersion"/>.</summary>
    public IEnumerable<ContractAddOn> AddOnsFor(PaymentProvider provider, ProviderCapability capability, PortOneApiVersion? apiVersion)
    {
        foreach (var addOn in AddOns)
        {
            if (addOn.AppliesTo(provider, capability, apiVersion))
            {
                yield return addOn.AddOn;
            }
        }
    }

    /// <summary>Gets every add-on entry, in file order.</summary>
    public IReadOnlyList<CatalogAddOn> AddOns { get; }

    /// <summary>Gets every limit entry, in file order.</summary>
    public IReadOnlyList<CatalogLimit> Limits { get; }

    /// <summary>The providers among <paramref name="providers"/> that a limit rules out for <paramref name="capability"/>
    /// when the merchant has <paramref name="condition"/>, with the keys of the sources that say so, in file order.</summary>
    public (ProviderSet Excluded, IReadOnlyList<string> SourceKeys) Excluded(
        ProviderSet providers, ProviderCapability capability, MerchantCondition condition)
    {
        var excluded = ProviderSet.Empty;
        var keys = new List<string>();
        foreach (var limit in Limits)
        {
            var before = excluded;
            foreach (var provider in providers.ToArray())
            {
                if (limit.AppliesTo(provider, capability, condition))
                {
                    excluded = excluded.With(provider);
                }
            }

            if (excluded != before && !keys.Contains(limit.SourceKey))
            {
                keys.Add(limit.SourceKey);
            }
        }

        return (excluded, keys);
    }

    /// <summary>Gets the edition that took effect last.</summary>
    public PackageEdition LatestEdition { get; }

    /// <summary>Gets the source keys with their public URLs.</summary>
    public IReadOnlyDictionary<string, string> SourceUrls => _sourceUrls;

    /// <summary>Gets the source keys with their evidence: <c>owner/repository:path@commit</c> of the file behind the
    /// public page.</summary>
    public IReadOnlyDictionary<string, string> SourceEvidence => _sourceEvidence;

    /// <summary>Splits an entry's source (one key, or several separated by spaces) into its keys.</summary>
    public static string[] SourceKeys(string source) =>
        source.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Gets a provider's capability of one kind, or <see langword="null"/> when the catalog lists none.</summary>
    public CatalogCapability? Capability(PaymentProvider provider, ProviderCapability kind) =>
        (uint)provider < (uint)EnumValues<PaymentProvider>.All.Length ? _byProviderAndKind[CapabilityIndex(provider, kind)] : null;

    /// <summary>Gets the source keys of a provider's own entry (the pages that describe what it offers).</summary>
    public string ProviderSource(PaymentProvider provider) =>
        _providerSources.TryGetValue(provider, out var source) ? source : string.Empty;

    /// <summary>Gets the API versions a provider is available on.</summary>
    public ApiVersionSet ProviderApi(PaymentProvider provider) =>
        _providerApi.TryGetValue(provider, out var api) ? api : ApiVersionSet.None;

    /// <summary>Gets an edition.</summary>
    public CatalogEdition Edition(PackageEdition edition) =>
        _editions.TryGetValue(edition, out var found)
            ? found
            : throw new ArgumentOutOfRangeException(nameof(edition), edition, "Not a package edition of the provider catalog.");

    /// <summary>Gets the source URL an advisory cites.</summary>
    public string AdvisorySourceUrl(AdvisoryCode code) =>
        _advisorySources.TryGetValue(code, out var key)
            ? _sourceUrls[key]
            : throw new InvalidOperationException($"The provider catalog names no source for the advisory {code}.");

    private static int CapabilityIndex(PaymentProvider provider, ProviderCapability kind) =>
        ((int)provider * EnumValues<ProviderCapability>.All.Length) + (int)kind;

    /// <summary>Gets the advisories that concern one provider each (<c>&lt;advisory provider="…"&gt;</c>), in file
    /// order.</summary>
    public IReadOnlyList<CatalogProviderAdvisory> ProviderAdvisories { get; }

    /// <summary>Tells whether the catalog lists an advisory for a provider on the call's API version: the rule that
    /// raises it asks this about the provider the contract plan uses.</summary>
    public bool AdvisoryConcerns(AdvisoryCode code, PaymentProvider provider, PortOneApiVersion? apiVersion) =>
        _providerAdvisories.TryGetValue((code, provider), out var advisory) && advisory.IsAvailableOn(apiVersion);

    /// <summary>Gets the source URL an advisory cites for the provider it concerns.</summary>
    public string AdvisorySourceUrl(AdvisoryCode code, PaymentProvider provider) =>
        _providerAdvisories.TryGetValue((code, provider), out var advisory)
            ? _sourceUrls[advisory.SourceKey]
            : throw new InvalidOperationException($"The provider catalog names no source for the advisory {code} about {provider}.");

    private static int CandidateIndex(ProviderCapability capability, PortOneApiVersion? apiVersion, EasyPayBrandSet brands) =>
        ((((int)capability * 3) + (apiVersion.HasValue ? (int)apiVersion.Value + 1 : 0)) * EasyPayBrandSet.MaskCount) + brands.Mask;

    private static (ValueList<PaymentProvider> Providers, ProviderSet Set)[] BuildCandidates(IReadOnlyList<CatalogCapability> capabilities)
    {
        var kinds = EnumValues<ProviderCapability>.All;
        var byKind = new List<CatalogCapability>?[kinds.Length];
        foreach (var capability in capabilities)
        {
            (byKind[(int)capability.Capability] ??= []).Add(capability);
        }

        // Most cells hold the same few sets (no brand but easy pay's, most kinds on every version): one list per set.
        var lists = new Dictionary<ProviderSet, ValueList<PaymentProvider>>();
        var table = new (ValueList<PaymentProvider> Providers, ProviderSet Set)[kinds.Length * 3 * EasyPayBrandSet.MaskCount];
        foreach (var kind in kinds)
        {
            foreach (var apiVersion in new PortOneApiVersion?[] { null, PortOneApiVersion.V1, PortOneApiVersion.V2 })
            {
                for (var mask = 0; mask < EasyPayBrandSet.MaskCount; mask++)
                {
                    var brands = EasyPayBrandSet.FromMask(mask);
                    var set = ProviderSet.Empty;
                    foreach (var capability in byKind[(int)kind] ?? [])
                    {
                        if (capability.Brands.ContainsAll(brands) && capability.IsAvailableOn(apiVersion))
                        {
                            set = set.With(capability.Provider);
                        }
                    }

                    if (!lists.TryGetValue(set, out var list))
                    {
                        list = ValueList<PaymentProvider>.Own(set.ToArray());
                        lists.Add(set, list);
                    }

                    table[CandidateIndex(kind, apiVersion, brands)] = (list, set);
                }
            }
        }

        return table;
    }
}
