namespace PortOne.Recommendation.Catalog;

/// <summary>An advisory that concerns one provider, as the provider catalog records it: the rule that raises the
/// advisory does so only when the contract plan uses that provider, on the API versions the entry names.</summary>
/// <param name="Code">The advisory.</param>
/// <param name="Provider">The PG or easy-pay company it concerns.</param>
/// <param name="Api">The PortOne API versions its source covers.</param>
/// <param name="SourceKey">The source key the advisory cites for this provider.</param>
internal sealed record CatalogProviderAdvisory(
    AdvisoryCode Code,
    PaymentProvider Provider,
    ApiVersionSet Api,
    string SourceKey)
{
    public bool IsAvailableOn(PortOneApiVersion? version) => Api.Allows(version);
}
