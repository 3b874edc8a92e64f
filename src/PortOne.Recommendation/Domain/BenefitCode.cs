namespace PortOne.Recommendation;

/// <summary>The partner benefits (제휴혜택) of the recommended package. Which ones come with an answer is edition data:
/// each edition of PortOne's package page lists its own (the provider catalog's <c>&lt;benefit&gt;</c> entries), and the
/// text of a benefit states the condition the page gives for it. The order of the values is the order of
/// <see cref="RecommendationResult.Benefits"/>; new values are appended.</summary>
public enum BenefitCode
{
    /// <summary>The PG contract can go faster (every edition from April 2025 with Toss Payments on).</summary>
    FasterContract,

    /// <summary>A special Salesforce price, for merchants that complete a PG contract through the package.</summary>
    SalesforceDiscount,

    /// <summary>A discount code for plans of the Stibee mailing service, for merchants that complete a PG contract
    /// through the package.</summary>
    StibeeDiscount,

    /// <summary>Kept for compatibility; the built-in catalog grants it in no edition. The package page only invites the
    /// reader to PortOne's partner-benefits page for start-up perks, from cloud services to KakaoTalk notification
    /// messages (알림톡); a page that points elsewhere promises nothing. A caller's own rule may still grant it; its text
    /// says what the page says, as a pointer.</summary>
    StartupPerks,

    /// <summary>PG sign-up fee support worth KRW 220,000, as PortOne's event page for the package says (content200013),
    /// in the editions whose period that page covers.</summary>
    SignUpFeeSupport,

    /// <summary>The PG sign-up fee and the annual management fee are waived (the April 2025 edition with KPN).</summary>
    SignUpAndAnnualFeeWaiver,

    /// <summary>AWS credit, for merchants that complete a PG contract through the package (the April 2025 edition with
    /// KPN).</summary>
    AwsCredit,
}
