namespace PortOne.Recommendation.Catalog;

/// <summary>An add-on a contract needs when a provider is used for a capability.</summary>
/// <param name="AddOn">The add-on.</param>
/// <param name="Capabilities">The capabilities that need it.</param>
/// <param name="Providers">The providers that need it; empty means every provider of those capabilities.</param>
/// <param name="SourceKey">The provider-facts source key.</param>
internal sealed record CatalogAddOn(
    ContractAddOn AddOn,
    ProviderCapability[] Capabilities,
    PaymentProvider[] Providers,
    string SourceKey)
{
    public bool AppliesTo(PaymentProvider provider, ProviderCapability capability) =>
        System.Array.IndexOf(Capabilities, capability) >= 0
        && (Providers.Length == 0 || System.Array.IndexOf(Providers, provider) >= 0);
}
