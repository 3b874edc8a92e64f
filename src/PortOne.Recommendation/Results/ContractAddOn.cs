namespace PortOne.Recommendation;

/// <summary>Something a planned PG contract needs beyond the plain contract.</summary>
public enum ContractAddOn
{
    /// <summary>A recurring-billing addendum (and usually a separate MID and review) for billing-key payments.</summary>
    RecurringAddendum,

    /// <summary>The PG's separate overseas-card service addendum (해외카드 특약).</summary>
    OverseasCardAddendum,

    /// <summary>An extra merchant ID (MID) for hub-type easy pay, which the integration must call.</summary>
    HubEasyPayMerchantId,

    /// <summary>An extra site code (사이트코드) per hub-type easy-pay brand, each its own PortOne channel.</summary>
    HubEasyPaySiteCodes,

    /// <summary>Identity verification is a contract of its own, even with a PG the merchant already pays through.</summary>
    IdentityVerificationContract,
}
