namespace PortOne.Recommendation.Catalog;

/// <summary>A sourced limit: providers of some capabilities are not for merchants with a condition.</summary>
/// <param name="Capabilities">The capabilities the limit applies to.</param>
/// <param name="Providers">The providers it names; empty means every provider of those capabilities.</param>
/// <param name="Excludes">The merchant's condition that rules them out.</param>
/// <param name="SourceKey">The provider-facts source key.</param>
internal sealed record CatalogLimit(
    ProviderCapability[] Capabilities,
    PaymentProvider[] Providers,
    MerchantCondition Excludes,
    string SourceKey)
{
    public bool AppliesTo(PaymentProvider provider, ProviderCapability capability, MerchantCondition condition) =>
        Excludes == condition
        && System.Array.IndexOf(Capabilities, capability) >= 0
        && (Providers.Length == 0 || System.Array.IndexOf(Providers, provider) >= 0);
}
