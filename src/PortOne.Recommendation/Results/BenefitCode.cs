namespace PortOne.Recommendation;

/// <summary>The partner benefits of the recommended package. The order of the values is the order of
/// <see cref="RecommendationResult.Benefits"/>.</summary>
public enum BenefitCode
{
    /// <summary>The PG contract goes faster.</summary>
    FasterContract,

    /// <summary>A special Salesforce price.</summary>
    SalesforceDiscount,

    /// <summary>A discount code for the Stibee mailing service.</summary>
    StibeeDiscount,

    /// <summary>Further perks for start-ups, from cloud services to KakaoTalk notification messages (알림톡).</summary>
    StartupPerks,
}
