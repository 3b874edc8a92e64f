namespace PortOne.Recommendation.Facts;

/// <summary>
/// Marks the end of a stage when the caller registered rules: the rule that matches it has the lowest priority, so its
/// activation stays on the agenda until every other rule has fired. A stage whose firing stops while it is still there
/// was halted by a rule (or reached the firing bound), which the engine reports instead of a short answer.
/// </summary>
internal sealed class StageEndFact
{
}
