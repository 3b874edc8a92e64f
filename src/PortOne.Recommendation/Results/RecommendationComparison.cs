using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>What changes from one answer to another: per service, the providers added and removed and the paths; the
/// advisories and benefits gained and lost; and the contract plan's difference. Made by
/// <see cref="RecommendationComparer"/>.</summary>
/// <param name="Before">The answer compared from.</param>
/// <param name="After">The answer compared to.</param>
/// <param name="Changes">The changes, in a fixed order: by service (changes that concern no service last), then by
/// kind, provider and the rest; empty when both answers say the same.</param>
public sealed record RecommendationComparison(
    RecommendationResult Before,
    RecommendationResult After,
    IReadOnlyList<RecommendationChange> Changes)
{
    private readonly IReadOnlyList<RecommendationChange> _changes = ValueList<RecommendationChange>.From(Changes)!;

    /// <summary>Gets the changes, in a fixed order.</summary>
    public IReadOnlyList<RecommendationChange> Changes
    {
        get => _changes;
        init => _changes = ValueList<RecommendationChange>.From(value)!;
    }

    /// <summary>Gets a value indicating whether anything changes.</summary>
    public bool HasChanges => Changes.Count > 0;
}
