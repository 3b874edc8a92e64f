namespace PortOne.Recommendation;

/// <summary>What an item of an onboarding plan is.</summary>
public enum OnboardingItemKind
{
    /// <summary>Something to do, by the merchant, PortOne or the provider.</summary>
    Step,

    /// <summary>A wait the page states, for example until the provider's contract team writes.</summary>
    Wait,

    /// <summary>Documents to prepare (구비서류); the item links the page that lists them.</summary>
    Documents,

    /// <summary>Completing the contract with guarantee insurance (보증보험), where the provider's page says so.</summary>
    Insurance,

    /// <summary>A review: the card companies' review (카드사 심사) or the provider's own.</summary>
    Review,

    /// <summary>Setting up the provider's channel in PortOne's console (채널 설정).</summary>
    ChannelSetting,

    /// <summary>What the site must show for the review, by what the merchant sells (서비스 필수 구축요건).</summary>
    SiteRequirement,

    /// <summary>What PortOne's pages do not give: said as such, never filled with another provider's steps.</summary>
    NotDocumented,
}
