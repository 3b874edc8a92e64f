namespace PortOne.Recommendation.Facts;

/// <summary>The contract plan the session worked out.</summary>
/// <param name="Plan">The plan.</param>
internal sealed record ContractPlanFact(ContractPlan Plan);
