namespace PortOne.Recommendation.Catalog;

/// <summary>An add-on a contract needs when a provider is used for a capability.</summary>
/// <param name="AddOn">The add-on.</param>
/// <param name="Capabilities">The capabilities that need it.</param>
/// <param name="Providers">The providers that need it; empty means every provider of those capabilities.</param>
/// <param name="Api">The PortOne API versions its source covers (<see cref="ApiVersionSet.Both"/> unless the entry
/// names them).</param>
/// <param name="SourceKey">The provider-facts source key.</param>
internal sealed record CatalogAddOn(
    ContractAddOn AddOn,
    ProviderCapability[] Capabilities,
    PaymentProvider[] Providers,
    ApiVersionSet Api,
    string SourceKey)
{
    /// <summary>Whether the add-on applies to <paramref name="provider"/> used for <paramref name="capability"/> on
    /// <paramref name="version"/> (<see langword="null"/>: either version, so an add-on of one version applies).</summary>
    public bool AppliesTo(PaymentProvider provider, ProviderCapability capability, PortOneApiVersion? version) =>
        System.Array.IndexOf(Capabilities, capability) >= 0
        && (Providers.Length == 0 || System.Array.IndexOf(Providers, provider) >= 0)
        && Api.Allows(version);
}
