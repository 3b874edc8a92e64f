namespace PortOne.Recommendation.Facts;

/// <summary>A need for easy pay (간편결제).</summary>
/// <param name="Integration">How the easy pay is integrated.</param>
/// <param name="Brands">The requested brands as a set, so the order the caller gave them in cannot matter; empty
/// means no preference.</param>
public sealed record EasyPayNeed(EasyPayIntegration Integration, EasyPayBrandSet Brands) : RequirementFact;
