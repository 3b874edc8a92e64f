namespace PortOne.Recommendation;

/// <summary>How the billing key (빌링키) for recurring card payments is issued.</summary>
public enum BillingKeyIssuance
{
    /// <summary>The merchant's server sends the card details to the PG through the API.</summary>
    Api,

    /// <summary>The customer registers the card in the PG's payment window (결제창 방식).</summary>
    PaymentWindow,
}
