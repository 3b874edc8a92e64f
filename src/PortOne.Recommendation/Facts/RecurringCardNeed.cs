namespace PortOne.Recommendation.Facts;

/// <summary>A need for recurring card payments (신용카드 정기결제).</summary>
/// <param name="Issuance">How the billing key is issued.</param>
public sealed record RecurringCardNeed(BillingKeyIssuance Issuance) : RequirementFact;
