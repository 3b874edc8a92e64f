namespace PortOne.Recommendation;

/// <summary>Asks for recurring card payments (신용카드 정기결제), for subscriptions and other repeated charges.</summary>
/// <param name="Issuance">How the billing key (빌링키) is issued. The default is <see cref="BillingKeyIssuance.Api"/>.</param>
public sealed record RecurringCardRequirement(BillingKeyIssuance Issuance = BillingKeyIssuance.Api);
