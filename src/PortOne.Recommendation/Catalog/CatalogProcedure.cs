using System.Collections.Generic;

namespace PortOne.Recommendation.Catalog;

/// <summary>A provider's onboarding procedure as the catalog lists it: its items in the page's order.</summary>
/// <param name="Provider">The provider.</param>
/// <param name="Kind">New contract or add-service.</param>
/// <param name="SourceKey">The page the procedure comes from.</param>
/// <param name="HasPage"><see langword="false"/> when PortOne gives no procedure page for the provider.</param>
/// <param name="Items">The items, in order.</param>
internal sealed record CatalogProcedure(
    PaymentProvider Provider,
    OnboardingProcedureKind Kind,
    string SourceKey,
    bool HasPage,
    IReadOnlyList<CatalogOnboardingItem> Items);
