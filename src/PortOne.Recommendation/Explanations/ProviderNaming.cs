namespace PortOne.Recommendation;

/// <summary>An entry that names a provider: the way it is applied for and the rule that made the entry.</summary>
/// <param name="Path">Where in PortOne's console the entry applies.</param>
/// <param name="RuleName">The name of the rule that produced the entry.</param>
public sealed record ProviderNaming(ApplicationPath Path, string RuleName);
