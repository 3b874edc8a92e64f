namespace PortOne.Recommendation.Facts;

/// <summary>A need for identity verification (본인인증).</summary>
/// <param name="Purpose">Why the identity is checked.</param>
public sealed record IdentityVerificationNeed(VerificationPurpose Purpose) : RequirementFact;
