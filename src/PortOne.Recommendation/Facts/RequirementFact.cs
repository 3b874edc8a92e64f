namespace PortOne.Recommendation.Facts;

/// <summary>
/// The base of every fact that stands for one requested need. The engine inserts one such fact per need it finds in
/// <see cref="MerchantRequirements"/>; a rule that matches this base type sees all of them.
/// </summary>
public abstract record RequirementFact;
