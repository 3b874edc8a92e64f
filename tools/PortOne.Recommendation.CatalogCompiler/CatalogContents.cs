using System.Collections.Generic;

namespace PortOne.Recommendation.Catalog;

/// <summary>What <see cref="ProviderCatalogReader"/> reads from the XML, checked: the arguments of the
/// <see cref="ProviderCatalog"/> constructor, each collection in file order. <see cref="CatalogCodeWriter"/> writes the
/// code that constructs the same catalog.</summary>
internal sealed record CatalogContents(
    string Version,
    Dictionary<string, string> SourceUrls,
    Dictionary<string, string> SourceEvidence,
    Dictionary<PaymentProvider, ApiVersionSet> ProviderApi,
    Dictionary<PaymentProvider, string> ProviderSources,
    IReadOnlyList<CatalogCapability> Capabilities,
    IReadOnlyList<CatalogAddOn> AddOns,
    IReadOnlyList<CatalogLimit> Limits,
    Dictionary<PackageEdition, CatalogEdition> Editions,
    Dictionary<AdvisoryCode, string> AdvisorySources,
    IReadOnlyList<CatalogProviderAdvisory> ProviderAdvisories,
    IReadOnlyList<CatalogProcedure> Procedures,
    IReadOnlyList<CatalogOnboardingItem> SiteRequirements,
    IReadOnlyList<CatalogIndustry> Industries,
    string IndustrySourceKey)
{
    /// <summary>The catalog, as the library builds it from the same contents.</summary>
    public ProviderCatalog ToCatalog() => new(
        Version, SourceUrls, SourceEvidence, ProviderApi, ProviderSources, Capabilities, AddOns, Limits, Editions, AdvisorySources,
        ProviderAdvisories, Procedures, SiteRequirements, Industries, IndustrySourceKey);
}
