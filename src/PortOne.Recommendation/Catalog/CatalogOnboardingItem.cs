namespace PortOne.Recommendation.Catalog;

/// <summary>One item of a catalog procedure or of the site requirements.</summary>
/// <param name="Kind">What the item is.</param>
/// <param name="Actor">Who acts.</param>
/// <param name="TextKey">The resource key of its text (<c>Onboarding.…</c>).</param>
/// <param name="Wait">The wait the page states, or <see langword="null"/>.</param>
/// <param name="SourceKey">The source key of the page it comes from.</param>
/// <param name="LinkKey">The source key of a page to read for details, or <see langword="null"/>.</param>
/// <param name="When">When it applies.</param>
/// <param name="Sells">The kinds of sale it applies to, as a mask of <see cref="MerchantOffering"/> bits; 0 for any.</param>
internal sealed record CatalogOnboardingItem(
    OnboardingItemKind Kind,
    OnboardingActor Actor,
    string TextKey,
    OnboardingWait? Wait,
    string SourceKey,
    string? LinkKey,
    OnboardingCondition When,
    int Sells);
