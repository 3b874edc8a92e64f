namespace PortOne.Recommendation.Facts;

/// <summary>
/// The base of every fact that stands for one requested need. The engine inserts one such fact per need it finds in
/// <see cref="MerchantRequirements"/>; a rule that matches this base type sees all of them.
/// </summary>
/// <remarks>Each need carries the call's <see cref="MerchantContextFact"/>, so a rule that needs the API version, the
/// existing contracts or the edition matches the need alone instead of joining it with the context fact.</remarks>
public abstract record RequirementFact
{
    /// <summary>Gets the conditions of the call the need belongs to.</summary>
    public MerchantContextFact Context { get; internal init; } = null!;
}
