
namespace PortOne.Recommendation.Catalog;

/// <summary>A provider the chosen package edition offers for one package item.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Item">The package item.</param>
/// <param name="Provider">The provider offered.</param>
/// <param name="Brands">For the easy pay item, the brands the provider brings; empty otherwise.</param>
/// <param name="Api">The PortOne API versions on which the provider offers the item (those of its capability).</param>
internal sealed record PackageOffer(
    PackageEdition Edition,
    PackageItem Item,
    PaymentProvider Provider,
    EasyPayBrandSet Brands,
    ApiVersionSet Api)
{
    public bool IsAvailableOn(PortOneApiVersion? version) => Api.Allows(version);
}
