namespace PortOne.Recommendation;

/// <summary>One line of an onboarding plan: a step, a wait, documents, insurance, a review, the channel setting or a
/// site requirement, as PortOne's page gives it.</summary>
/// <param name="Kind">What the item is.</param>
/// <param name="Actor">Who acts.</param>
/// <param name="Text">The item, localized, in the library's own words from the page's facts.</param>
/// <param name="Wait">The wait the page states, or <see langword="null"/> when it states none.</param>
/// <param name="Source">The page the item comes from.</param>
/// <remarks>Two items are equal when all their values are equal.</remarks>
public sealed record OnboardingItem(
    OnboardingItemKind Kind,
    OnboardingActor Actor,
    string Text,
    OnboardingWait? Wait,
    OnboardingSource Source)
{
    /// <summary>Gets a page to read for the details, such as the list of documents, the channel-setting guide or the
    /// service requirements.</summary>
    /// <value>The default is <see langword="null"/>: no page beyond <see cref="Source"/>.</value>
    public OnboardingSource? Link { get; init; }
}
