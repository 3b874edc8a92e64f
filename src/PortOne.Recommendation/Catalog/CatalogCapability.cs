namespace PortOne.Recommendation.Catalog;

/// <summary>A capability of one provider, as the provider catalog records it.</summary>
/// <param name="Provider">The PG or easy-pay company.</param>
/// <param name="Capability">What it can do.</param>
/// <param name="Brands">For easy pay, the brands it offers; empty otherwise.</param>
/// <param name="Api">The PortOne API versions it is available on.</param>
/// <param name="SourceKey">The provider-facts source key behind the entry.</param>
internal sealed record CatalogCapability(
    PaymentProvider Provider,
    ProviderCapability Capability,
    EasyPayBrandSet Brands,
    ApiVersionSet Api,
    string SourceKey)
{
    public bool IsAvailableOn(PortOneApiVersion? version) => Api.Allows(version);
}
