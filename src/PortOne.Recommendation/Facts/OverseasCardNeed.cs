namespace PortOne.Recommendation.Facts;

/// <summary>A need to accept cards issued abroad (해외카드).</summary>
public sealed record OverseasCardNeed : RequirementFact;
