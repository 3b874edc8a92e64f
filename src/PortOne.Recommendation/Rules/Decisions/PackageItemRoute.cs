using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>
/// A card item of the package, or direct selection when the edition's providers for it do not serve the merchant's
/// API version (an edition whose card PGs are V2 only, asked for on V1).
/// </summary>
internal static class PackageItemRoute
{
    public static RecommendationFact Decide(
        MerchantContextFact context,
        PaymentService service,
        PackageItem item,
        ProviderCapability capability,
        LocalizableText packageReason)
    {
        var providers = context.PackageProviders(item);
        if (providers.Count > 0)
        {
            return RecommendationFact.ViaPackage(service, item, providers, packageReason);
        }

        return RecommendationFact.ViaDirectSelection(
            service,
            context.Candidates(capability),
            LocalizableText.FromResource(TextKeys.ReasonPackageItemUnavailableDirect, ConsolePaths.ItemLabel(item), context.ApiVersion!),
            item == PackageItem.CardRecurring ? ConsolePaths.PackageItemElsewhereRecurring : ConsolePaths.PackageItemElsewhereGeneral);
    }
}
