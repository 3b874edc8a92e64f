namespace PortOne.Recommendation.Facts;

/// <summary>A rule's decision that a partner benefit applies: the fact behind one <see cref="PartnerBenefit"/>. The
/// engine writes the benefit's text from its code.</summary>
/// <param name="Code">The benefit.</param>
public sealed record BenefitFact(BenefitCode Code);
