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

    /// <summary>Hub-type easy pay must be applied for and contracted with the PG beforehand (사전 계약): the PG's integration
    /// guide (V1, V2 or both, as the catalog lists) names 간편결제 among the features that need it.</summary>
    HubEasyPayPriorContract,

    /// <summary>The PG reviews hub-type easy pay per easy-pay company: each brand is applied for and reviewed on its own.</summary>
    HubEasyPayBrandReview,

    /// <summary>Adding hub-type easy pay to a general-payment contract issues a new MID after a review of its own, as for a
    /// new contract.</summary>
    HubEasyPayNewMerchantIdAndReview,

    /// <summary>Mobile micropayments must be applied for and contracted with the PG beforehand (사전 계약): the PG's
    /// integration guide (V1, V2 or both, as the catalog lists) names them among the features that need it.</summary>
    MobileMicropaymentPriorContract,

    /// <summary>One-time and recurring payments are applied for separately (each its own e-payment application), where
    /// the provider has no contract or review of its own to add a recurring addendum to (PayPal).</summary>
    RecurringSeparateApplication,
}
